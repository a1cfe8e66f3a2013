import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { describeMigratedSchema, schemaSnapshotPath } from './describe-schema';
import type { Migration } from './migration';
import { migrations } from './migrations';

const snapshot = () => fs.readFileSync(path.resolve(__dirname, '../../../..', schemaSnapshotPath), 'utf8');

describe('the database schema', () => {
  it('is what the committed snapshot says (after a deliberate migration: npm run schema:snapshot)', () => {
    // A mismatch prints the line diff: "-" is the committed snapshot, "+" what the migrations build now.
    expect(
      describeMigratedSchema(),
      `The migrations build a schema other than ${schemaSnapshotPath}. If the change is deliberate, run \`npm run schema:snapshot\` and commit the file.`,
    ).toBe(snapshot());
  });

  it('notices a changed column, index or table', () => {
    const extra: Migration = {
      version: migrations.at(-1)!.version + 1,
      name: 'a change nobody snapshotted',
      up: (db) =>
        db.exec('ALTER TABLE licences ADD COLUMN colour TEXT; CREATE INDEX licences_colour ON licences(colour)'),
    };
    const changed = describeMigratedSchema([...migrations, extra]);
    expect(changed).not.toBe(snapshot());
    expect(changed).toContain('  column colour: TEXT, null');
    expect(changed).toContain('  index licences_colour (colour): not unique, origin c');
  });

  it('keeps every schema number: a withdrawn step stays as a no-op', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
