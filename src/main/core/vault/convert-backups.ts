import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory, writeFileAtomically } from '../audit/audit-anchor';
import {
  backupDatabaseName,
  backupFilesFolder,
  insideFolder,
  manifestFileName,
  manifestText,
  type BackupManifest,
  type FileEntry,
} from '../backup/backup-manifest';
import { listBackups, partialPrefix, type StoredBackup } from '../backup/backup-store';
import { checkDatabaseFile } from '../backup/database-health';
import { fsyncFile, hashFile } from '../backup/file-hash';
import { keyThatOpens, rekeyFile } from '../db/sqlite-key';
import type { Conversion, ConversionProgress } from './convert-files';
import { storeAddress } from './convert-files';
import { inParallel, sha256Hex, writeNewFileAsync } from './durable-write';
import { nameFits, openNameKey, sealNameKey, storedName, storeRelativePath } from './file-names';
import { decodeStored, encodeForStore } from './stored-form';
import { keyIdOf, type VaultKeys } from './vault-keys';

const replacedPrefix = '.replaced-';

/**
 * A conversion swaps a backup folder for its converted copy with two renames. If the process
 * died between them, the original sits under `.replaced-<id>` with nothing at `<id>`: put it back
 * (the conversion then simply runs again); if both exist, only the cleanup was missed.
 */
export function healInterruptedSwaps(backupDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(replacedPrefix))) {
    const original = path.join(backupDir, name.slice(replacedPrefix.length));
    const aside = path.join(backupDir, name);
    if (fs.existsSync(original)) fs.rmSync(aside, { recursive: true, force: true });
    else fs.renameSync(aside, original);
  }
}

type Converted = Map<string, { file: string; entry: FileEntry }>;

/** How a backup's attachments are named now, and how they are to be named. */
interface Naming {
  /** Name keys the backup's names may be under (its own, the folder's). */
  readonly known: readonly (Buffer | null)[];
  /** The target name key, or null for plain SHA-256 names. */
  readonly to: Buffer | null;
}

/** One attachment of a backup in the target form, under its target name in `into`; what cannot be converted is copied as it is, so verification still tells. */
async function convertAttachment(
  source: string,
  into: string,
  entry: FileEntry,
  target: VaultKeys | null,
  lookup: (id: string) => VaultKeys | undefined,
  naming: Naming,
  done: Converted,
  problems: string[],
  id: string,
): Promise<FileEntry> {
  const placed = async (relative: string) => {
    const destination = insideFolder(into, relative);
    await fs.promises.mkdir(path.dirname(destination), { recursive: true, mode: 0o700 });
    return destination;
  };
  const seen = `${entry.path}:${entry.sha256}`;
  const previous = done.get(seen);
  if (previous) {
    try {
      // The same stored file in several backups (hard-linked when they were taken) stays one file.
      await fs.promises.link(previous.file, await placed(previous.entry.path));
      return previous.entry;
    } catch {
      // No hard links on this file system: convert it again.
    }
  }
  if (!fs.existsSync(source)) return entry;
  const stored = await fs.promises.readFile(source);
  const name = storeAddress(entry.path);
  const decoded = name && sha256Hex(stored) === entry.sha256 ? decodeStored(stored, name, lookup) : null;
  const plainSha256 = decoded?.ok ? sha256Hex(decoded.plain) : null;
  if (!name || !decoded?.ok || !plainSha256 || !nameFits(name, plainSha256, naming.known)) {
    if (name)
      problems.push(
        `backup ${id}: attachment ${entry.path.slice(0, 15)}… ${decoded ? (decoded.ok ? 'does not match its name' : 'does not open') : 'differs from its manifest'}; it was kept as it is`,
      );
    await fs.promises.copyFile(source, await placed(entry.path));
    return entry;
  }
  const next = storedName(plainSha256, naming.to);
  const relative = storeRelativePath(next);
  const destination = await placed(relative);
  const written = await writeNewFileAsync(destination, encodeForStore(decoded.plain, next, target));
  const converted = { path: relative, ...written };
  done.set(seen, { file: destination, entry: converted });
  return converted;
}

/** The backup's attachments, converted a few at a time into the work folder, in the manifest's order. */
async function convertAttachments(
  manifest: BackupManifest,
  from: string,
  into: string,
  convert: (source: string, into: string, entry: FileEntry) => Promise<FileEntry>,
): Promise<FileEntry[]> {
  const files: FileEntry[] = [];
  await inParallel(
    manifest.files.map((entry, index) => ({ entry, index })),
    4,
    async ({ entry, index }) => {
      files[index] = await convert(insideFolder(from, entry.path), into, entry);
    },
  );
  return files;
}

async function convertFullBackup(
  backup: StoredBackup,
  backupDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  nameKey: Buffer | null,
  done: Converted,
  problems: string[],
  cleanups: Promise<void>[],
): Promise<boolean> {
  const manifest = backup.manifest!;
  const folder = backup.folder!;
  const id = backup.summary.id;
  const current = manifest.protection ? keyIdOf(manifest.protection.check) : null;
  const lookup = (keyId: string) => keys.find((k) => k.id === keyId);
  const from = current === null ? null : lookup(current);
  if (from === undefined) {
    if (current !== (target?.id ?? null))
      problems.push(
        `backup ${id} is protected by a passphrase this folder does not use any more; it was left as it is`,
      );
    return false;
  }
  // Its attachments' names: plain SHA-256, or keyed with the name key sealed in its manifest.
  const ownNames = manifest.fileNames && from ? openNameKey(manifest.fileNames, [from]) : null;
  const to = target ? nameKey : null;
  const namedAsWanted = to === null ? !manifest.fileNames : ownNames !== null && ownNames.equals(to);
  if (current === (target?.id ?? null) && namedAsWanted) return false;
  const naming: Naming = { known: [ownNames, nameKey], to };
  const work = path.join(backupDir, `${partialPrefix}${id}-protection`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, backupFilesFolder), { recursive: true, mode: 0o700 });
  // The attachments' reads and writes go to libuv's pool while the database is re-encrypted here.
  const attachments = convertAttachments(
    manifest,
    path.join(folder, backupFilesFolder),
    path.join(work, backupFilesFolder),
    (source, into, entry) => convertAttachment(source, into, entry, target, lookup, naming, done, problems, id),
  );
  try {
    const database = path.join(work, backupDatabaseName);
    fs.copyFileSync(backup.databaseFile, database, fs.constants.COPYFILE_FICLONE);
    rekeyFile(database, from?.database ?? null, target?.database ?? null);
    const dbProblems = checkDatabaseFile(database, 'quick', target?.database ?? null);
    if (dbProblems.length > 0) throw new Error(dbProblems[0]);
    fsyncFile(database);
    const databaseHash = await hashFile(database);
    const files = await attachments;
    const { protection: _previous, signature: _signature, fileNames: _names, ...rest } = manifest;
    const next: BackupManifest = {
      ...rest,
      database: databaseHash,
      files,
      ...(target ? { protection: target.spec } : {}),
      ...(target && to ? { fileNames: [sealNameKey(to, target)] } : {}),
    };
    // Signed again with the new key (or left unsigned when protection is removed).
    writeFileAtomically(path.join(work, manifestFileName), manifestText(next, target));
    const aside = path.join(backupDir, `${replacedPrefix}${id}`);
    fs.renameSync(folder, aside);
    fs.renameSync(work, folder);
    syncDirectory(backupDir);
    // The replaced copy goes while the next backup is converted; the whole change waits for it.
    cleanups.push(fs.promises.rm(aside, { recursive: true, force: true }));
    return true;
  } catch (error) {
    await attachments.catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
    problems.push(`backup ${id} could not be converted (${(error as Error).message}); it was left as it is`);
    return false;
  }
}

/** A copy taken before a migration: one database file, converted through a copy renamed over it. */
function convertPreMigrationCopy(
  backup: StoredBackup,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  problems: string[],
): boolean {
  const file = backup.databaseFile;
  const opensWith = keyThatOpens<VaultKeys | null>(file, [target, ...keys.filter((k) => k !== target), null]);
  if (opensWith === target) return false;
  if (opensWith === undefined) {
    problems.push(`the copy ${backup.summary.id} cannot be read with any key of this folder; it was left as it is`);
    return false;
  }
  const temp = `${file}.protection`;
  fs.rmSync(temp, { force: true });
  try {
    fs.copyFileSync(file, temp);
    rekeyFile(temp, opensWith?.database ?? null, target?.database ?? null);
    fsyncFile(temp);
    fs.renameSync(temp, file);
    return true;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    problems.push(
      `the copy ${backup.summary.id} could not be converted (${(error as Error).message}); it was left as it is`,
    );
    return false;
  }
}

/**
 * Brings every backup in the folder under the target protection, so one passphrase opens them
 * all and no plain copy of the records stays behind when protection is switched on. Each backup
 * is converted into a hidden work folder, checked, and swapped in: a crash never leaves a backup
 * half converted. Returns once every replaced copy is gone as well.
 */
export async function convertBackups(
  backupDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  nameKey: Buffer | null,
  onProgress: ConversionProgress = () => {},
): Promise<Conversion> {
  healInterruptedSwaps(backupDir);
  const result: Conversion = { converted: 0, problems: [] };
  const done: Converted = new Map();
  const cleanups: Promise<void>[] = [];
  const backups = listBackups(backupDir);
  onProgress(0, backups.length);
  for (const [index, backup] of backups.entries()) {
    const converted =
      backup.summary.kind === 'full' && backup.manifest && backup.folder
        ? await convertFullBackup(backup, backupDir, target, keys, nameKey, done, result.problems, cleanups)
        : convertPreMigrationCopy(backup, target, keys, result.problems);
    if (converted) result.converted += 1;
    onProgress(index + 1, backups.length);
  }
  await Promise.all(cleanups);
  return result;
}
