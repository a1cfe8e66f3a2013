import fs from 'node:fs';
import path from 'node:path';
import { insideFolder } from '../backup/backup-manifest';
import { listFiles } from '../backup/file-hash';
import { inParallel, replaceFileDurablyAsync } from './durable-write';
import { sealedKeyId } from './sealed-file';
import { decodeStored, encodeForStore } from './stored-form';
import type { VaultKeys } from './vault-keys';

export interface Conversion {
  converted: number;
  problems: string[];
}

/** The attachment store's own layout: `<first two hex digits>/<sha256>`. */
export function storeAddress(relative: string): string | null {
  const m = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(relative);
  return m && m[2]!.startsWith(m[1]!) ? m[2]! : null;
}

/** Reports how far a conversion is: `done` of `total` items. */
export type ConversionProgress = (done: number, total: number) => void;

/**
 * Brings every attachment to the target form: sealed with `target`, or plain when it is null.
 * Each file is replaced on its own (temp file, fsync, rename), so a crash part-way leaves every
 * file whole, in its old form or its new one; the next run skips what is done. A file that does
 * not open (altered) is left exactly as it is, so its damage stays visible, and is reported.
 * A few files are in flight at once: the disk's waits overlap, and the event loop stays free.
 */
export async function convertStoredFiles(
  filesDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  onProgress: ConversionProgress = () => {},
): Promise<Conversion> {
  const lookup = (id: string) => keys.find((k) => k.id === id);
  const wanted = target?.id ?? null;
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
    const address = storeAddress(relative);
    if (!address) return `files/${relative} is not one of the app's stored attachments; it was left as it is`;
    const file = insideFolder(filesDir, relative);
    const stored = await fs.promises.readFile(file);
    if (wanted !== null && sealedKeyId(stored) === wanted) return 'unchanged';
    const decoded = decodeStored(stored, address, lookup);
    if (!decoded.ok) {
      return `attachment ${address.slice(0, 12)}… does not open (${decoded.reason === 'altered' ? 'it was altered' : 'it is sealed with a key this folder does not have'}); it was left as it is`;
    }
    if (decoded.sealedWith === wanted) return 'unchanged';
    await replaceFileDurablyAsync(
      file,
      encodeForStore(decoded.plain, address, target),
      path.join(filesDir, '.incoming'),
    );
    return 'converted';
  }
}
