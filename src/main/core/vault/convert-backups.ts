import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { syncDirectory, writeFileAtomically } from '#core/audit/audit-anchor';
import {
  backupDatabaseName,
  backupFilesFolder,
  type BackupManifest,
  type FileEntry,
  insideFolder,
  manifestFileName,
  manifestText,
} from '#core/backups/backup-manifest';
import { listBackups, partialPrefix, type StoredBackup } from '#core/backups/backup-store';
import { fsyncFile } from '#core/backups/file-hash';
import { keyThatOpens, rekeyFile } from '#core/db/sqlite-key';
import { runInWorker } from '#core/workers/run-in-worker';
import { AppError } from '#shared/contract/errors';

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

/**
 * Attachments already converted in this run, by their stored form (`stored:<path>:<sha256>`) and
 * by their content (`plain:<sha256>`): the same attachment in several backups is converted once
 * and hard-linked into the others, as the backups themselves link it.
 */
type Converted = Map<string, Promise<ConvertedFile>>;
/** An attachment as written into a backup; `folder` null when it was copied as it is (nothing to share). */
interface ConvertedFile {
  readonly folder: AttachmentFolder | null;
  readonly entry: FileEntry;
}

/** Where a backup's converted attachments are now: its work folder, then (once swapped in) the backup itself. */
interface AttachmentFolder {
  path: string;
}

/** How a backup's attachments are named now, and how they are to be named. */
interface Naming {
  /** Name keys the backup's names may be under (its own, the folder's). */
  readonly known: readonly (Buffer | null)[];
  /** The target name key, or null for plain SHA-256 names. */
  readonly to: Buffer | null;
}

/** What one backup's attachments are converted with. */
interface AttachmentContext {
  readonly target: VaultKeys | null;
  readonly lookup: (id: string) => VaultKeys | undefined;
  readonly naming: Naming;
  readonly done: Converted;
  readonly problems: string[];
  readonly id: string;
  /** The live attachment store, already converted: its bytes are reused (see liveForm). */
  readonly filesDir: string | null;
  /** Where this backup's converted attachments are written. */
  readonly into: AttachmentFolder;
}

/**
 * The live store's copy of an attachment when it is already in the target form with the same
 * content: the backup then holds the very same bytes, so the next backup links it instead of
 * copying it again (a backup links a file whose hash matches the live one).
 */
async function liveForm(context: AttachmentContext, name: string, plainSha256: string): Promise<Buffer | null> {
  if (!context.filesDir) return null;
  try {
    const bytes = await fs.promises.readFile(insideFolder(context.filesDir, storeRelativePath(name)));
    const decoded = decodeStored(bytes, name, context.lookup);
    const wanted = context.target?.id ?? null;
    return decoded.ok && decoded.sealedWith === wanted && sha256Hex(decoded.plain) === plainSha256 ? bytes : null;
  } catch {
    return null;
  }
}

/** Hard-links an earlier conversion of the same attachment into `into`; null when that is not possible. */
async function linkEarlier(earlier: Promise<ConvertedFile>, into: string): Promise<FileEntry | null> {
  try {
    const { folder, entry } = await earlier;
    if (!folder) return null;
    await fs.promises.link(insideFolder(folder.path, entry.path), await placedIn(into, entry.path));
    return entry;
  } catch {
    // No hard links on this file system (or the earlier conversion failed): convert it here.
    return null;
  }
}

const placedIn = async (into: string, relative: string) => {
  const destination = insideFolder(into, relative);
  await fs.promises.mkdir(path.dirname(destination), { recursive: true, mode: 0o700 });
  return destination;
};

/**
 * One attachment of a backup in the target form, under its target name in `into`. The same
 * stored file (or the same content) met again in this run is hard-linked from its first
 * conversion; each conversion is recorded before its first wait, so backups converting side by
 * side never convert one file twice.
 */
function convertAttachment(
  source: string,
  into: string,
  entry: FileEntry,
  context: AttachmentContext,
): Promise<FileEntry> {
  const seen = `stored:${entry.path}:${entry.sha256}`;
  const earlier = context.done.get(seen);
  if (earlier)
    return linkEarlier(earlier, into).then(
      async (linked) => linked ?? (await convertHere(source, into, entry, context)).entry,
    );
  const here = convertHere(source, into, entry, context);
  context.done.set(seen, here);
  return here.then((converted) => converted.entry);
}

/** What cannot be converted is copied as it is (no file to share), so verification still tells. */
async function convertHere(
  source: string,
  into: string,
  entry: FileEntry,
  context: AttachmentContext,
): Promise<ConvertedFile> {
  const { target, naming, done, problems, id } = context;
  if (!fs.existsSync(source)) return { folder: null, entry };
  const stored = await fs.promises.readFile(source);
  const name = storeAddress(entry.path);
  const decoded = name && sha256Hex(stored) === entry.sha256 ? decodeStored(stored, name, context.lookup) : null;
  const plainSha256 = decoded?.ok ? sha256Hex(decoded.plain) : null;
  if (!name || !decoded?.ok || !plainSha256 || !nameFits(name, plainSha256, naming.known)) {
    if (name)
      problems.push(
        `backup ${id}: attachment ${entry.path.slice(0, 15)}… ${decoded ? (decoded.ok ? 'does not match its name' : 'does not open') : 'differs from its manifest'}; it was kept as it is`,
      );
    await fs.promises.copyFile(source, await placedIn(into, entry.path));
    return { folder: null, entry };
  }
  const content = `plain:${plainSha256}`;
  const sameContent = done.get(content);
  if (sameContent) {
    const linked = await linkEarlier(sameContent, into);
    if (linked) return { folder: null, entry: linked };
  }
  const writing = (async (): Promise<ConvertedFile> => {
    const next = storedName(plainSha256, naming.to);
    const relative = storeRelativePath(next);
    const destination = await placedIn(into, relative);
    const bytes = (await liveForm(context, next, plainSha256)) ?? encodeForStore(decoded.plain, next, target);
    return { folder: context.into, entry: { path: relative, ...(await writeNewFileAsync(destination, bytes)) } };
  })();
  if (!sameContent) done.set(content, writing);
  return writing;
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

/** What every backup of one run is converted to, and what the run shares between them. */
interface Run {
  readonly backupDir: string;
  readonly target: VaultKeys | null;
  readonly keys: readonly VaultKeys[];
  readonly nameKey: Buffer | null;
  readonly done: Converted;
  readonly cleanups: Promise<void>[];
  readonly filesDir: string | null;
}

/** Time allowed for one backup's database (copy, re-encryption, check, hash): minutes even for a very large file. */
const databaseBudget = { memoryMb: 64, timeoutMs: 30 * 60_000 };

async function convertFullBackup(backup: StoredBackup, run: Run, problems: string[]): Promise<boolean> {
  const { backupDir, target, keys, nameKey } = run;
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
  const context: AttachmentContext = {
    target,
    lookup,
    naming: { known: [ownNames, nameKey], to },
    done: run.done,
    problems,
    id,
    filesDir: run.filesDir,
    into: { path: path.join(backupDir, `${partialPrefix}${id}-protection`, backupFilesFolder) },
  };
  const work = path.join(backupDir, `${partialPrefix}${id}-protection`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, backupFilesFolder), { recursive: true, mode: 0o700 });
  const database = path.join(work, backupDatabaseName);
  // The database is re-encrypted in a worker thread while the attachments convert here.
  const databaseHash = runInWorker(
    'convert-backup-database',
    { source: backup.databaseFile, copy: database, from: from?.database ?? null, to: target?.database ?? null },
    (reason) => new AppError('UNAVAILABLE', `re-encrypting its database stopped: ${reason}`),
    databaseBudget,
  );
  const attachments = convertAttachments(
    manifest,
    path.join(folder, backupFilesFolder),
    context.into.path,
    (source, into, entry) => convertAttachment(source, into, entry, context),
  );
  try {
    const [databaseFacts, files] = await Promise.all([databaseHash, attachments]);
    const { protection: _previous, signature: _signature, fileNames: _names, ...rest } = manifest;
    const next: BackupManifest = {
      ...rest,
      database: databaseFacts,
      files,
      ...(target ? { protection: target.spec } : {}),
      ...(target && to ? { fileNames: [sealNameKey(to, target)] } : {}),
    };
    // Signed again with the new key (or left unsigned when protection is removed).
    writeFileAtomically(path.join(work, manifestFileName), manifestText(next, target));
    const aside = path.join(backupDir, `${replacedPrefix}${id}`);
    fs.renameSync(folder, aside);
    fs.renameSync(work, folder);
    // Later backups link its attachments from where they are now.
    context.into.path = path.join(folder, backupFilesFolder);
    syncDirectory(backupDir);
    // The replaced copy goes while the next backup is converted; the whole change waits for it.
    run.cleanups.push(fs.promises.rm(aside, { recursive: true, force: true }));
    return true;
  } catch (error) {
    await Promise.allSettled([databaseHash, attachments]);
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
 * half converted. Backups convert side by side, one per core (each database in a worker thread);
 * an attachment shared by several backups is converted once. Returns once every replaced copy is
 * gone as well.
 */
export async function convertBackups(
  backupDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  nameKey: Buffer | null,
  onProgress: ConversionProgress = () => {},
  /** The live attachment store, already in the target form: backups take its bytes (see liveForm). */
  filesDir: string | null = null,
): Promise<Conversion> {
  healInterruptedSwaps(backupDir);
  const run: Run = { backupDir, target, keys, nameKey, done: new Map(), cleanups: [], filesDir };
  const backups = listBackups(backupDir);
  // Problems in the listing's order, whichever backup finishes first.
  const problems: string[][] = backups.map(() => []);
  let converted = 0;
  let finished = 0;
  onProgress(0, backups.length);
  await inParallel(
    backups.map((backup, index) => ({ backup, index })),
    Math.max(1, Math.min(4, os.availableParallelism())),
    async ({ backup, index }) => {
      const done =
        backup.summary.kind === 'full' && backup.manifest && backup.folder
          ? await convertFullBackup(backup, run, problems[index]!)
          : convertPreMigrationCopy(backup, target, keys, problems[index]!);
      if (done) converted += 1;
      finished += 1;
      onProgress(finished, backups.length);
    },
  );
  await Promise.all(run.cleanups);
  return { converted, problems: problems.flat() };
}
