import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import type { BackupSummary } from '#shared/contract/backups';

import { validDraft } from '../../../../tests/support/licence-fixtures';

// A backup folder brought from elsewhere (a USB drive, the old computer) and restored over the
// data in use, as the desktop app's Backups page does after a dialog or a drop.
const ctx = { host: 'electron' } as const;
let root: string;
let session: CoreSession;
const clock = fixedClock('2026-03-02T15:00:00.000Z');

async function call<T = never>(method: string, input: unknown): Promise<T> {
  const result = await session.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const references = async () =>
  (await call<{ items: { reference: string }[] }>('licences.list', {})).items.map((l) => l.reference).sort();

beforeEach(() => {
  clock.set('2026-03-02T15:00:00.000Z');
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-backup-folder-'));
  session = openCoreSession({ dataDir: path.join(root, 'data'), clock, checkOutputs: true, logError: () => {} });
});
afterEach(async () => {
  await session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A backup of two licences, copied out to "a USB drive"; then a third licence only the live data has. */
async function backupOnDrive(): Promise<string> {
  await call('licences.create', validDraft({ reference: 'PO-1' }));
  await call('licences.create', validDraft({ reference: 'PO-2' }));
  const backup = await call<BackupSummary>('backups.create', {});
  const onDrive = path.join(root, 'usb', backup.id);
  fs.cpSync(path.join(root, 'data', 'backups', backup.id), onDrive, { recursive: true });
  await call('licences.create', validDraft({ reference: 'PO-3' }));
  return onDrive;
}
const grant = (folder: string) => {
  const granted = session.grantGiven('backup-folder', [folder]);
  return granted!.files[0]!.token;
};

describe('restoring a backup folder from outside the data folder', () => {
  it('checks it, then replaces the data in use with it, keeping the replaced database aside and recording why', async () => {
    const onDrive = await backupOnDrive();
    const token = grant(onDrive);
    const inspected = await call<{ ok: boolean; summary: BackupSummary }>('backups.inspectFolder', { token });
    expect(inspected).toMatchObject({ ok: true, summary: { kind: 'full', licences: 2 } });
    expect(await references()).toEqual(['PO-1', 'PO-2', 'PO-3']);

    expect(await session.dispatch('backups.restoreFolder', { token }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const outcome = await call<{ setAsideIn: string }>('backups.restoreFolder', { token, confirm: 'REPLACE' });
    expect(await references()).toEqual(['PO-1', 'PO-2']);
    expect(fs.existsSync(path.join(outcome.setAsideIn, 'aim-licences.sqlite3'))).toBe(true);
    const trail = await call<{ items: { entity: string; action: string }[] }>('audit.list', {});
    expect(trail.items[0]).toMatchObject({ entity: 'system', action: 'restore' });
    expect((await call<{ ok: boolean }>('audit.verify', {})).ok).toBe(true);
  });

  it('opens the restored data even when the data folder holds newer backups (the restore explains the gap)', async () => {
    const onDrive = await backupOnDrive();
    // A newer backup of the live data, an hour later: the restored trail is behind it, which only the restore explains.
    clock.advance(60 * 60 * 1000);
    await call('backups.create', {});
    await call('backups.restoreFolder', { token: grant(onDrive), confirm: 'REPLACE' });
    expect(session.isOpen()).toBe(true);
    expect(await references()).toEqual(['PO-1', 'PO-2']);
    expect((await call<{ ok: boolean }>('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a damaged backup before anything moves', async () => {
    const onDrive = await backupOnDrive();
    fs.appendFileSync(path.join(onDrive, 'database.sqlite3'), 'tampered');
    const token = grant(onDrive);
    const inspected = await call<{ ok: boolean; problems: string[] }>('backups.inspectFolder', { token });
    expect(inspected.ok).toBe(false);
    expect(inspected.problems[0]).toMatch(/SHA-256 mismatch/);
    const refused = await session.dispatch('backups.restoreFolder', { token, confirm: 'REPLACE' }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNREADABLE_FILE' } });
    expect(await references()).toEqual(['PO-1', 'PO-2', 'PO-3']);
    expect(fs.readdirSync(path.join(root, 'data')).filter((f) => f.startsWith('set-aside'))).toEqual([]);
  });

  it('says plainly when a folder is not a backup', async () => {
    const stranger = path.join(root, 'holiday-photos');
    fs.mkdirSync(stranger);
    const token = grant(stranger);
    expect(await session.dispatch('backups.inspectFolder', { token }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNREADABLE_FILE', message: expect.stringMatching(/is not a usable backup/) },
    });
  });
});
