import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dataPaths } from '#core/data-dir';
import { AppError } from '#shared/contract';

import { damageIndexPage } from '../../../../tests/support/damage-database';
import { validDraft } from '../../../../tests/support/licence-fixtures';
import { openTestCore } from '../../../../tests/support/temp-core';
import { checkDatabaseFile } from './database-health';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-health-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the start-up check', () => {
  it('refuses a file SQLite opens but whose index pages are damaged, without changing it', () => {
    const core = openTestCore({ dataDir, logError: () => {} });
    core.db.transaction(() => {
      for (let i = 0; i < 40; i += 1) core.licences.create(validDraft({ reference: `PO-${i}` }));
    })();
    core.close();
    const file = dataPaths(dataDir).databaseFile;
    damageIndexPage(file, 'licences_status');
    const before = fs.readFileSync(file);

    let thrown: unknown;
    try {
      openTestCore({ dataDir, logError: () => {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: 'DB_CORRUPT',
      message: expect.stringMatching(/^The data file aim-licences\.sqlite3 is damaged \(.*Tree \d+ page/s),
    });
    expect(fs.readFileSync(file)).toEqual(before);
    expect(checkDatabaseFile(file, 'full').length).toBeGreaterThan(0);
  });

  it('passes a healthy file', () => {
    const core = openTestCore({ dataDir, logError: () => {} });
    core.licences.create(validDraft());
    core.close();
    expect(checkDatabaseFile(dataPaths(dataDir).databaseFile, 'full')).toEqual([]);
  });
});
