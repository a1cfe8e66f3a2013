import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { TaskProgress } from '#shared/contract';
import type { BackupSummary } from '#shared/contract/backups';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';
import { listBackups, partialPrefix } from './backup-store';

let core: TempCore;
const ctx = { host: 'in-process' } as const;

async function call<T = never>(method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function attach(relative: string, content: string): void {
  const file = path.join(core.paths.filesDir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const folderOf = (id: string) => path.join(core.paths.backupDir, id);

beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('taking a backup', () => {
  it('shows what it is doing as it goes: the database, its check, each attachment', async () => {
    core.licences.create(validDraft({ reference: 'PO-1' }));
    attach('ab/evidence-1.pdf', 'mill certificate, heat 4411');
    attach('cd/evidence-2.pdf', 'mill certificate, heat 4412');
    const events: TaskProgress[] = [];
    const stop = core.events.subscribe((event, payload) => {
      if (event === 'task.progress') events.push(payload as TaskProgress);
    });
    await call('backups.create', {});
    stop();
    expect(new Set(events.map((e) => `${e.task} ${e.taskId}`)).size).toBe(1);
    expect(events.map((e) => [e.step, e.done, e.total, e.state])).toEqual([
      ['Taking a backup', 0, 0, 'running'],
      ['Copying the database', 0, 0, 'running'],
      ['Checking the copy', 0, 0, 'running'],
      ['Copying attachments', 0, 2, 'running'],
      ['Copying attachments', 1, 2, 'running'],
      ['Done', 1, 1, 'finished'],
    ]);
  });

  it('copies the database and attachments with a SHA-256 manifest, checked and self-contained', async () => {
    for (const reference of ['PO-1', 'PO-2']) core.licences.create(validDraft({ reference }));
    attach('ab/evidence-1.pdf', 'mill certificate, heat 4411');
    const backup = await call<BackupSummary>('backups.create', {});
    expect(backup).toMatchObject({
      kind: 'full',
      reason: 'manual',
      integrity: 'ok',
      licences: 2,
      auditEntries: 2,
      files: 1,
    });

    const folder = folderOf(backup.id);
    expect(fs.readdirSync(folder).sort()).toEqual(['database.sqlite3', 'files', 'manifest.json']);
    const copy = new Database(path.join(folder, 'database.sqlite3'), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT reference FROM licences ORDER BY reference').pluck().all()).toEqual(['PO-1', 'PO-2']);
    copy.close();
    expect(fs.readFileSync(path.join(folder, 'files/ab/evidence-1.pdf'), 'utf8')).toBe('mill certificate, heat 4411');
    expect(await call('backups.verify', { id: backup.id })).toMatchObject({ ok: true, problems: [] });
  });

  it('is a snapshot: writes made while it runs are not half in it', async () => {
    const notes = 'n'.repeat(2000);
    for (let i = 0; i < 200; i += 1) core.licences.create(validDraft({ reference: `PO-${i}`, notes }));
    const running = call<BackupSummary>('backups.create', {});
    // These land between the online backup's steps (it copies 100 pages, then yields).
    for (let i = 200; i < 260; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      core.licences.create(validDraft({ reference: `PO-${i}`, notes }));
    }
    const backup = await running;
    const copy = new Database(path.join(folderOf(backup.id), 'database.sqlite3'), { readonly: true });
    const licences = copy.prepare('SELECT count(*) FROM licences').pluck().get() as number;
    const audited = copy.prepare("SELECT count(*) FROM audit_log WHERE action = 'create'").pluck().get() as number;
    copy.close();
    // Whatever point it captured, every licence in it has its audit entry and vice versa.
    expect(licences).toBeGreaterThanOrEqual(200);
    expect(audited).toBe(licences);
    expect(backup.integrity).toBe('ok');
  });

  it('links unchanged attachments to the previous backup instead of copying them again', async () => {
    attach('big.pdf', 'x'.repeat(10_000));
    const first = await call<BackupSummary>('backups.create', {});
    attach('new.pdf', 'new evidence');
    const second = await call<BackupSummary>('backups.create', {});
    const a = fs.statSync(path.join(folderOf(first.id), 'files/big.pdf'));
    const b = fs.statSync(path.join(folderOf(second.id), 'files/big.pdf'));
    expect(b.ino).toBe(a.ino);
    expect(second.files).toBe(2);
  });

  it('keeps the newest backups up to the schedule count, never dropping the last good one', async () => {
    await call('backups.setSchedule', { intervalHours: 24, keep: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      core.clock.advance(60_000);
      ids.push((await call<BackupSummary>('backups.create', {})).id);
    }
    const listed = (await call<{ backups: BackupSummary[] }>('backups.list', {})).backups.map((b) => b.id);
    expect(listed).toEqual([ids[3], ids[2]]);
  });

  it('never offers a backup cut short, and clears its leftovers at the next start (not one still being written)', async () => {
    const leftover = path.join(core.paths.backupDir, `${partialPrefix}2026-03-02T00-00-00-000Z-manual-abc`);
    const inProgress = path.join(core.paths.backupDir, `${partialPrefix}2026-03-02T00-00-01-000Z-manual-def`);
    for (const folder of [leftover, inProgress]) {
      fs.mkdirSync(path.join(folder, 'files'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'database.sqlite3'), 'half a file');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(leftover, twoHoursAgo, twoHoursAgo);
    expect(listBackups(core.paths.backupDir)).toEqual([]);
    core.close();
    const { createCore } = await import('#core/create-core');
    createCore({ dataDir: core.paths.dataDir, clock: core.clock, logError: () => {} }).close();
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(inProgress)).toBe(true);
  });
});

describe('checking a backup', () => {
  it('finds a database copy changed after the backup', async () => {
    core.licences.create(validDraft());
    const backup = await call<BackupSummary>('backups.create', {});
    const copy = new Database(path.join(folderOf(backup.id), 'database.sqlite3'));
    copy.prepare("UPDATE licences SET importer_name = 'Someone Else'").run();
    copy.close();
    expect(await call('backups.verify', { id: backup.id })).toMatchObject({
      ok: false,
      problems: ['the database copy differs from the one recorded in the manifest (SHA-256 mismatch)'],
    });
  });

  it('finds a missing or altered attachment', async () => {
    attach('a.pdf', 'first');
    attach('b.pdf', 'second');
    const backup = await call<BackupSummary>('backups.create', {});
    fs.rmSync(path.join(folderOf(backup.id), 'files/a.pdf'));
    fs.writeFileSync(path.join(folderOf(backup.id), 'files/b.pdf'), 'forged');
    expect(await call('backups.verify', { id: backup.id })).toMatchObject({
      ok: false,
      problems: ['attachment a.pdf is missing', 'attachment b.pdf differs from the one recorded in the manifest'],
    });
  });

  it('does not list a backup whose manifest points outside its folder', async () => {
    const backup = await call<BackupSummary>('backups.create', {});
    const manifestFile = path.join(folderOf(backup.id), 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
      files: { path: string; bytes: number; sha256: string }[];
    };
    manifest.files.push({ path: '../../../escape.txt', bytes: 1, sha256: 'a'.repeat(64) });
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(listBackups(core.paths.backupDir)).toEqual([]);
    expect(await core.dispatch('backups.verify', { id: backup.id }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses ids that are paths', async () => {
    for (const id of ['../secrets', '/etc/passwd', '..', 'a/b']) {
      expect(await core.dispatch('backups.verify', { id }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });
});

describe('the live database check', () => {
  it('runs integrity_check and foreign_key_check', async () => {
    core.licences.create(validDraft());
    expect(await call('backups.checkDatabase', {})).toMatchObject({ ok: true, problems: [] });
    core.db.pragma('foreign_keys = OFF');
    core.db
      .prepare("INSERT INTO licence_lines (id, licence_id, position) VALUES ('orphan', 'no-such-licence', 0)")
      .run();
    expect(await call('backups.checkDatabase', {})).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/licence_lines points at a missing licences row/)],
    });
  });
});

describe('the schedule', () => {
  it('takes a backup when one is due, and not before', async () => {
    await call('backups.setSchedule', { intervalHours: 6, keep: 14 });
    expect(await core.trust.backups.tick()).toBe(true); // none yet: due at once
    core.clock.advance(5 * 3_600_000);
    expect(await core.trust.backups.tick()).toBe(false);
    core.clock.advance(3_600_000);
    expect(await core.trust.backups.tick()).toBe(true);
    const overview = await call<{ backups: BackupSummary[]; nextDueAt: string }>('backups.list', {});
    expect(overview.backups.map((b) => b.reason)).toEqual(['scheduled', 'scheduled']);
    expect(overview.nextDueAt).toBe(new Date(core.clock.now().getTime() + 6 * 3_600_000).toISOString());
  });

  it('is off at interval 0, and every change of it is audited', async () => {
    await call('backups.setSchedule', { intervalHours: 0, keep: 3 });
    expect(await core.trust.backups.tick()).toBe(false);
    expect((await call<{ nextDueAt: string | null }>('backups.list', {})).nextDueAt).toBeNull();
    const [entry] = core.audit.history('setting', 'backups.schedule');
    expect(JSON.parse(entry!.after!)).toEqual({ intervalHours: 0, keep: 3 });
  });
});
