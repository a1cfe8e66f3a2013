import fs from 'node:fs';
import path from 'node:path';

import { openSqlite } from '#core/db/sqlite-key';
import { AppError } from '#shared/contract';
import type { BackupSummary } from '#shared/contract/backups';

import { backupDatabaseName, type BackupManifest, readManifest } from './backup-manifest';

/** Backup folders and pre-migration copies have plain names; anything else is refused as an id. */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
export const partialPrefix = '.partial-';
const preMigrationPattern = /^pre-migration-v(\d+)-(.+)\.sqlite3$/;

export interface StoredBackup {
  readonly summary: BackupSummary;
  /** The database copy inside the backup. */
  readonly databaseFile: string;
  /** The backup folder (full backups) or null (a single pre-migration file). */
  readonly folder: string | null;
  readonly manifest: BackupManifest | null;
}

/** "2026-03-02T15-00-00-000Z" (file-name safe) back to an ISO time. */
function stampToIso(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

function preMigrationCopy(backupDir: string, name: string): StoredBackup | null {
  const m = preMigrationPattern.exec(name);
  if (!m) return null;
  const file = path.join(backupDir, name);
  let schemaVersion = Number(m[1]);
  let licences: number | null = null;
  try {
    const db = openSqlite(file, { readonly: true, fileMustExist: true }, null);
    try {
      schemaVersion = db.pragma('user_version', { simple: true }) as number;
      licences = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM licences').get()?.n ?? null;
    } finally {
      db.close();
    }
  } catch {
    // Listed all the same: verification will say what is wrong with it.
  }
  return {
    databaseFile: file,
    folder: null,
    manifest: null,
    summary: {
      id: name,
      createdAt: stampToIso(m[2]!),
      kind: 'pre-migration',
      reason: 'migration',
      appVersion: '',
      schemaVersion,
      databaseBytes: fs.statSync(file).size,
      files: 0,
      fileBytes: 0,
      licences,
      auditEntries: null,
      integrity: 'unchecked',
    },
  };
}

function fromManifest(folder: string, m: BackupManifest): StoredBackup {
  return {
    databaseFile: path.join(folder, backupDatabaseName),
    folder,
    manifest: m,
    summary: {
      id: path.basename(folder),
      createdAt: m.createdAt,
      kind: 'full',
      reason: m.reason,
      appVersion: m.appVersion,
      schemaVersion: m.schemaVersion,
      databaseBytes: m.database.bytes,
      files: m.files.length,
      fileBytes: m.files.reduce((sum, f) => sum + f.bytes, 0),
      licences: m.counts.licences,
      auditEntries: m.counts.auditEntries,
      integrity: m.integrity,
    },
  };
}

function fullBackup(folder: string): StoredBackup | null {
  const read = readManifest(folder);
  return read.ok ? fromManifest(folder, read.manifest) : null;
}

/** A backup folder given by path (the CLI), anywhere on disk: it must carry a valid manifest. */
export function backupAt(folder: string): StoredBackup {
  const read = readManifest(folder);
  if (!read.ok) throw new AppError('UNREADABLE_FILE', `${folder} is not a usable backup: ${read.problem}.`, { folder });
  return fromManifest(folder, read.manifest);
}

/**
 * Every backup in the folder, newest first. Reads only the file system, so it works when the
 * live database cannot be opened at all (the recovery screen). Folders without a readable
 * manifest (a backup cut short, a stranger's folder) are not offered.
 */
export function listBackups(backupDir: string): StoredBackup[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(backupDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: StoredBackup[] = [];
  for (const entry of entries) {
    if (!idPattern.test(entry.name)) continue;
    const stored = entry.isDirectory()
      ? fullBackup(path.join(backupDir, entry.name))
      : entry.isFile()
        ? preMigrationCopy(backupDir, entry.name)
        : null;
    if (stored) found.push(stored);
  }
  return found.sort((a, b) =>
    a.summary.createdAt < b.summary.createdAt ? 1 : a.summary.createdAt > b.summary.createdAt ? -1 : 0,
  );
}

/** Looks a caller's id up among the listed backups; an id is never joined onto a path unchecked. */
export function findBackup(backupDir: string, id: string): StoredBackup {
  if (!idPattern.test(id))
    throw new AppError('VALIDATION', `"${id.slice(0, 60)}" is not a backup id.`, {
      issues: [{ path: 'id', message: 'is not a backup id' }],
    });
  const stored = listBackups(backupDir).find((b) => b.summary.id === id);
  if (!stored) throw new AppError('NOT_FOUND', `There is no backup "${id}" in ${backupDir}.`, { id });
  return stored;
}

/**
 * Folders left by a backup that was cut short (crash, power cut); they were never offered. Only
 * those untouched for an hour go: a younger one may be a backup another process (the CLI while
 * the app runs) is writing right now.
 */
export function removePartialBackups(backupDir: string, now: Date, olderThanMs = 3_600_000): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(backupDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(partialPrefix)) continue;
    const folder = path.join(backupDir, entry.name);
    if (now.getTime() - fs.statSync(folder).mtimeMs >= olderThanMs) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Keeps the newest `keep` full backups. The newest one whose integrity check passed is always
 * kept, even past the count: pruning must never leave only damaged copies.
 */
export function pruneBackups(backupDir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const stale of pruneCandidates(backupDir, keep)) {
    fs.rmSync(stale.folder!, { recursive: true, force: true });
    removed.push(stale.summary.id);
  }
  return removed;
}

/** The full backups that keeping only `keep` would remove (the same choice pruneBackups makes). */
export function pruneCandidates(backupDir: string, keep: number): StoredBackup[] {
  const full = listBackups(backupDir).filter((b) => b.summary.kind === 'full');
  const newestGood = full.find((b) => b.summary.integrity === 'ok');
  return full.slice(keep).filter((stale) => stale !== newestGood && stale.folder !== null);
}
