import fs from 'node:fs';
import path from 'node:path';
import { insideFolder } from '../backup/backup-manifest';
import { listFiles } from '../backup/file-hash';
import { replaceFileDurably } from './durable-write';
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

/**
 * Brings every attachment to the target form: sealed with `target`, or plain when it is null.
 * Each file is replaced on its own (temp file, fsync, rename), so a crash part-way leaves every
 * file whole, in its old form or its new one; the next run skips what is done. A file that does
 * not open (altered) is left exactly as it is, so its damage stays visible, and is reported.
 */
export function convertStoredFiles(filesDir: string, target: VaultKeys | null, keys: readonly VaultKeys[]): Conversion {
  const lookup = (id: string) => keys.find((k) => k.id === id);
  const wanted = target?.id ?? null;
  const result: Conversion = { converted: 0, problems: [] };
  for (const relative of listFiles(filesDir)) {
    const address = storeAddress(relative);
    if (!address) {
      result.problems.push(`files/${relative} is not one of the app's stored attachments; it was left as it is`);
      continue;
    }
    const file = insideFolder(filesDir, relative);
    const stored = fs.readFileSync(file);
    if (wanted !== null && sealedKeyId(stored) === wanted) continue;
    const decoded = decodeStored(stored, address, lookup);
    if (!decoded.ok) {
      result.problems.push(
        `attachment ${address.slice(0, 12)}… does not open (${decoded.reason === 'altered' ? 'it was altered' : 'it is sealed with a key this folder does not have'}); it was left as it is`,
      );
      continue;
    }
    if (decoded.sealedWith === wanted) continue;
    replaceFileDurably(file, encodeForStore(decoded.plain, address, target), path.join(filesDir, '.incoming'));
    result.converted += 1;
  }
  return result;
}
