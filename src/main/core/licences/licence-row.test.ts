import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { type Db, openDatabase } from '#core/db/open-database';
import { licenceQuerySchema } from '#shared/contract/licences';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { createLicenceRepository, type LicenceRepository } from './licence-repository';

let dir: string;
let db: Db;
let repo: LicenceRepository;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-licence-row-'));
  db = openDatabase({
    file: path.join(dir, 'data.sqlite3'),
    backupDir: path.join(dir, 'backups'),
    clock: fixedClock('2026-03-02T15:00:00Z'),
  }).db;
  repo = createLicenceRepository(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const validation = {
  errors: 0,
  warnings: 1,
  dataVersion: 'v1',
  asOf: '2026-03-02',
  validatedAt: '2026-03-02T15:00:00Z',
};

describe('a licence row read from the data file', () => {
  it('comes back with its JSON columns parsed and its flags as booleans', () => {
    const id = repo.insert(validDraft({ manufacturers: ['Mill A', 'Mill B'] }), '2026-03-02T15:00:00Z', validation);
    const licence = repo.get(id)!;
    expect(licence.manufacturers).toEqual(['Mill A', 'Mill B']);
    expect(licence.rejectionReasons).toEqual([]);
    expect(licence.validation).toEqual(validation);
    expect(licence.certified).toBe(true);
    expect(licence.manufacturerUnknown).toBe(false);
  });

  it('that was damaged outside the app is refused, naming the table, the row and the column', () => {
    const id = repo.insert(validDraft(), '2026-03-02T15:00:00Z', validation);
    db.prepare("UPDATE licences SET manufacturers = 'Mill A, Mill B' WHERE id = ?").run(id);
    expect(() => repo.get(id)).toThrow(
      expect.objectContaining({
        code: 'INTERNAL',
        message: expect.stringMatching(/stored licences row \(id .+\) cannot be read: manufacturers is not JSON/),
      }),
    );
  });

  it('whose JSON has the wrong shape is refused too, before anything uses it', () => {
    const id = repo.insert(validDraft(), '2026-03-02T15:00:00Z', validation);
    db.prepare('UPDATE licences SET validation = ? WHERE id = ?').run(JSON.stringify({ errors: 'none' }), id);
    expect(() => repo.list(licenceQuerySchema.parse({}))).toThrow(/validation\.errors/);
    db.prepare(`UPDATE licences SET validation = NULL, rejection_reasons = '[1]' WHERE id = ?`).run(id);
    expect(() => repo.get(id)).toThrow(/rejection_reasons\.0/);
  });
});
