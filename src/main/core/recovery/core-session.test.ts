import fs from 'node:fs';
import path from 'node:path';
import type { TaskProgress } from '../../../shared/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../../shared/contract/backups';
import { startEmptyConfirmation, type RecoveryStatus } from '../../../shared/contract/recovery';
import { damageDatabase } from '../../../../tests/support/damage-database';
import { validDraft } from '../../../../tests/support/licence-fixtures';
import { tempDataFolder } from '../../../../tests/support/temp-data-folder';
import { fixedClock } from '../clock';
import { openTestCore } from '../../../../tests/support/temp-core';
import { dataPaths } from '../data-dir';
import { openCoreSession, type CoreSession } from './core-session';

const ctx = { host: 'in-process' } as const;
let session: CoreSession | null = null;
const folder = tempDataFolder('aim-recovery-', async () => {
  await session?.close();
  session = null;
});
let dataDir: string;
beforeEach(() => {
  dataDir = folder.path;
});
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const options = () => ({ dataDir, clock, checkOutputs: true, logError: () => {} });

async function call<T = never>(method: string, input: unknown): Promise<T> {
  const result = await session!.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Two licences, a backup, then a third licence the backup does not have. */
async function dataWithBackup(): Promise<BackupSummary> {
  const core = openTestCore(options());
  core.licences.create(validDraft({ reference: 'PO-1' }));
  core.licences.create(validDraft({ reference: 'PO-2' }));
  fs.mkdirSync(core.paths.filesDir, { recursive: true });
  fs.writeFileSync(path.join(core.paths.filesDir, 'cert.pdf'), 'mill certificate');
  const backup = (await core.dispatch('backups.create', {}, ctx)) as { ok: true; value: BackupSummary };
  core.licences.create(validDraft({ reference: 'PO-3' }));
  core.close();
  return backup.value;
}

describe('opening a damaged database', () => {
  it('shows the recovery procedures instead of starting fresh, and offers the backups', async () => {
    const backup = await dataWithBackup();
    damageDatabase(dataPaths(dataDir).databaseFile);
    session = openCoreSession(options());
    expect(session.isOpen()).toBe(false);
    const status = await call<RecoveryStatus>('recovery.status', {});
    expect(status).toMatchObject({
      mode: 'recovery',
      reason: 'damaged',
      problem: expect.stringMatching(/cannot be read as a database|is damaged/),
    });
    expect(status.mode === 'recovery' && status.backups.map((b) => b.id)).toEqual([backup.id]);
    expect(await session.dispatch('licences.list', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });

  it('restores the chosen backup, keeps the damaged file aside, and records the restore in the trail', async () => {
    const backup = await dataWithBackup();
    const paths = dataPaths(dataDir);
    damageDatabase(paths.databaseFile);
    const damagedBytes = fs.readFileSync(paths.databaseFile);
    fs.rmSync(path.join(paths.filesDir, 'cert.pdf'));
    session = openCoreSession(options());
    const steps: string[] = [];
    session.events.subscribe((event, payload) => {
      if (event === 'task.progress' && (payload as TaskProgress).task === 'restore')
        steps.push(`${(payload as TaskProgress).state}: ${(payload as TaskProgress).step}`);
    });

    const outcome = await call<{ setAsideIn: string; filesRestored: number }>('recovery.restore', {
      backupId: backup.id,
    });
    expect(outcome.filesRestored).toBe(1);
    expect([...new Set(steps)]).toEqual([
      'running: Checking the backup',
      'running: Setting the damaged data aside',
      'running: Copying the database',
      'running: Restoring attachments',
      'running: Opening the restored data',
      'finished: Done',
    ]);
    expect(fs.readFileSync(path.join(outcome.setAsideIn, 'aim-licences.sqlite3'))).toEqual(damagedBytes);
    expect(fs.readFileSync(path.join(paths.filesDir, 'cert.pdf'), 'utf8')).toBe('mill certificate');

    expect(await call('recovery.status', {})).toEqual({ mode: 'normal' });
    const page = await call<{ items: { reference: string }[] }>('licences.list', {
      sort: 'reference',
      direction: 'asc',
    });
    expect(page.items.map((i) => i.reference)).toEqual(['PO-1', 'PO-2']);
    const trail = await call<{ items: { entity: string; action: string; after: { backupId: string } }[] }>(
      'audit.list',
      { limit: 1 },
    );
    expect(trail.items[0]).toMatchObject({ entity: 'system', action: 'restore', after: { backupId: backup.id } });
    expect(await call('audit.verify', {})).toMatchObject({ ok: true, entries: 3 });
  });

  it('leaves everything where it was when the chosen backup is itself bad', async () => {
    const backup = await dataWithBackup();
    const paths = dataPaths(dataDir);
    damageDatabase(paths.databaseFile);
    fs.appendFileSync(path.join(paths.backupDir, backup.id, 'database.sqlite3'), 'tampered');
    session = openCoreSession(options());
    const result = await session.dispatch('recovery.restore', { backupId: backup.id }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNREADABLE_FILE', message: expect.stringMatching(/cannot be used: the database copy differs/) },
    });
    expect(fs.existsSync(paths.databaseFile)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('set-aside'))).toEqual([]);
    expect(await call('recovery.status', {})).toMatchObject({ mode: 'recovery' });
  });

  it('starts empty only when asked in so many words, keeping the damaged file', async () => {
    await dataWithBackup();
    damageDatabase(dataPaths(dataDir).databaseFile);
    session = openCoreSession(options());
    expect(await session.dispatch('recovery.startEmpty', { confirm: 'yes' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const { setAsideIn } = await call<{ setAsideIn: string }>('recovery.startEmpty', {
      confirm: startEmptyConfirmation,
    });
    expect(fs.existsSync(path.join(setAsideIn, 'aim-licences.sqlite3'))).toBe(true);
    expect(await call('licences.list', {})).toMatchObject({ total: 0 });
    const trail = await call<{ items: { action: string }[] }>('audit.list', {});
    expect(trail.items.map((i) => i.action)).toEqual(['start-empty']);
  });
});

describe('a missing database', () => {
  it('is not silently replaced by an empty one when backups show there was data', async () => {
    const backup = await dataWithBackup();
    fs.rmSync(dataPaths(dataDir).databaseFile);
    fs.rmSync(`${dataPaths(dataDir).databaseFile}-wal`, { force: true });
    session = openCoreSession(options());
    expect(await call('recovery.status', {})).toMatchObject({ mode: 'recovery', reason: 'missing' });
    expect(fs.existsSync(dataPaths(dataDir).databaseFile)).toBe(false);
    await call('recovery.restore', { backupId: backup.id });
    expect(await call('licences.list', {})).toMatchObject({ total: 2 });
  });

  it('is created as usual on a first start', async () => {
    session = openCoreSession(options());
    expect(await call('recovery.status', {})).toEqual({ mode: 'normal' });
    expect(session.isOpen()).toBe(true);
  });
});

describe('a healthy database', () => {
  it('refuses recovery actions', async () => {
    session = openCoreSession(options());
    expect(await session.dispatch('recovery.restore', { backupId: 'x' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('forwards the core events through the session bus', async () => {
    session = openCoreSession(options());
    const seen: string[] = [];
    session.events.subscribe((event) => seen.push(event));
    await call('licences.create', validDraft());
    expect(seen).toEqual(['licences.changed']);
  });
});
