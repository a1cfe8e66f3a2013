import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openTestCore } from '../../../tests/support/temp-core';
import { recordsWithSecret } from '../../../tests/support/vault-fixtures';
import { fixedClock } from './clock';
import { createFileCredentialStore } from './sync/file-credential-store';

let root: string;
let previousUmask: number;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-perms-'));
  // The common default, which would leave files readable by every account on the machine.
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
  fs.rmSync(root, { recursive: true, force: true });
});

/** Every folder and file under `dir` with its permission bits. */
function modes(dir: string): { path: string; mode: number; folder: boolean }[] {
  const found = [{ path: '.', mode: fs.statSync(dir).mode & 0o777, folder: true }];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    found.push({ path: path.relative(dir, full), mode: fs.statSync(full).mode & 0o777, folder: entry.isDirectory() });
  }
  return found;
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('is made readable by its owner only, folders 0700 and files 0600, whatever the umask', async () => {
    const dataDir = path.join(root, 'nested', 'data');
    const core = openTestCore({ dataDir, clock: fixedClock('2026-03-02T15:00:00.000Z'), logError: () => {} });
    try {
      await recordsWithSecret(core);
      await core.trust.backups.create('manual');
      await createFileCredentialStore(path.join(dataDir, 'secrets')).set({
        portalUrl: 'http://127.0.0.1:1',
        username: 'filer@lakeside-al.example',
        company: 'Lakeside Aluminum Imports LLC',
        token: 'portal-token',
        expiresAt: '2026-03-03T15:00:00.000Z',
      });
    } finally {
      core.close();
    }
    const all = modes(dataDir);
    expect(all.map((e) => e.path)).toEqual(
      expect.arrayContaining(['aim-licences.sqlite3', 'audit-anchor.json', 'backups', 'files', 'secrets']),
    );
    for (const entry of all) expect(entry.mode.toString(8), entry.path).toBe(entry.folder ? '700' : '600');
  });

  it('tightens a folder an older version made with the umask', () => {
    const dataDir = path.join(root, 'old');
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true, mode: 0o755 });
    fs.mkdirSync(path.join(dataDir, 'files'), { recursive: true, mode: 0o755 });
    openTestCore({ dataDir, logError: () => {} }).close();
    expect(
      modes(dataDir)
        .filter((e) => e.folder)
        .map((e) => `${e.path} ${e.mode.toString(8)}`),
    ).toEqual(expect.arrayContaining(['. 700', 'backups 700', 'files 700']));
  });
});
