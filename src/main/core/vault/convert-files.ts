import fs from 'node:fs';
import path from 'node:path';

import { insideFolder } from '#core/backups/backup-manifest';
import { listFiles } from '#core/backups/file-hash';

import { inParallel, replaceFileDurablyAsync, sha256Hex } from './durable-write';
import { nameFits, storedName, storeRelativePath } from './file-names';
import { decodeStored, encodeForStore } from './stored-form';
import type { VaultKeys } from './vault-keys';

export interface Conversion {
  converted: number;
  problems: string[];
}

/** The attachment store's own layout: `<first two hex digits>/<name>` (a SHA-256, or a keyed name of one). */
export function storeAddress(relative: string): string | null {
  const m = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(relative);
  return m && m[2]!.startsWith(m[1]!) ? m[2]! : null;
}

/** Reports how far a conversion is: `done` of `total` items. */
export type ConversionProgress = (done: number, total: number) => void;

/**
 * Brings every attachment to the target form: sealed with `target` under its keyed name
 * (`nameKey`), or plain under its SHA-256 when `target` is null. Each file is written on its own
 * (temp file, fsync, rename) before its old name is removed, so a crash part-way leaves every
 * file whole, in its old form, its new one or both; the next run skips what is done and removes
 * what is left over. A file that does not open (altered) is left exactly as it is, so its damage
 * stays visible, and is reported; one whose content does not fit its name keeps that name.
 * A few files are in flight at once: the disk's waits overlap, and the event loop stays free.
 */
export async function convertStoredFiles(
  filesDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  nameKey: Buffer | null,
  onProgress: ConversionProgress = () => {},
  /** Other name keys files may be named with (a backup restored from elsewhere). */
  alsoNamedWith: readonly Buffer[] = [],
): Promise<Conversion> {
  const lookup = (id: string) => keys.find((k) => k.id === id);
  const wanted = target?.id ?? null;
  const naming = target ? nameKey : null;
  const incoming = path.join(filesDir, '.incoming');
  const relatives = listFiles(filesDir);
  // Problems in the listing's order, whichever file finishes first.
  const problems: (string | null)[] = relatives.map(() => null);
  let converted = 0;
  let done = 0;
  onProgress(0, relatives.length);
  await inParallel(
    relatives.map((relative, index) => ({ relative, index })),
    4,
    async ({ relative, index }) => {
      const outcome = await convertOne(relative);
      if (outcome === 'converted') converted += 1;
      else if (outcome !== 'unchanged') problems[index] = outcome;
      done += 1;
      onProgress(done, relatives.length);
    },
  );
  return { converted, problems: problems.filter((p): p is string => p !== null) };

  /** 'converted', 'unchanged', or the problem in words. */
  async function convertOne(relative: string): Promise<string> {
    const name = storeAddress(relative);
    if (!name) return `files/${relative} is not one of the app's stored attachments; it was left as it is`;
    const file = insideFolder(filesDir, relative);
    const stored = await fs.promises.readFile(file);
    const decoded = decodeStored(stored, name, lookup);
    if (!decoded.ok) {
      return `attachment ${name.slice(0, 12)}… does not open (${decoded.reason === 'altered' ? 'it was altered' : 'it is sealed with a key this folder does not have'}); it was left as it is`;
    }
    const sha256 = sha256Hex(decoded.plain);
    if (!nameFits(name, sha256, [nameKey, ...alsoNamedWith])) {
      // Altered: its damage stays visible under the name it has, but its content still takes the
      // folder's form (a damaged certificate is no less confidential).
      if (decoded.sealedWith !== wanted)
        await replaceFileDurablyAsync(file, encodeForStore(decoded.plain, name, target), incoming);
      return `attachment ${name.slice(0, 12)}… does not match its name (it was altered); it was kept under that name`;
    }
    const next = storedName(sha256, naming);
    if (next === name && decoded.sealedWith === wanted) return 'unchanged';
    const destination = insideFolder(filesDir, storeRelativePath(next));
    if (next !== name && fs.existsSync(destination)) {
      // Done before a crash, or the same content stored twice: keep the one in the target form.
      const there = decodeStored(await fs.promises.readFile(destination), next, lookup);
      if (there.ok && there.sealedWith === wanted && sha256Hex(there.plain) === sha256) {
        await fs.promises.rm(file);
        return 'converted';
      }
    }
    await fs.promises.mkdir(path.dirname(destination), { recursive: true, mode: 0o700 });
    await replaceFileDurablyAsync(destination, encodeForStore(decoded.plain, next, target), incoming);
    if (next !== name) await fs.promises.rm(file);
    return 'converted';
  }
}
