import fs from 'node:fs';
import path from 'node:path';
import { insideFolder } from '../backup/backup-manifest';
import { listFiles } from '../backup/file-hash';
import { replaceFileDurably, sha256Hex } from './durable-write';
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

/**
 * Brings every attachment to the target form: sealed with `target` under its keyed name
 * (`nameKey`), or plain under its SHA-256 when `target` is null. Each file is written on its own
 * (temp file, fsync, rename) before its old name is removed, so a crash part-way leaves every
 * file whole, in its old form, its new one or both; the next run skips what is done and removes
 * what is left over. A file that does not open (altered), or whose name does not fit its content,
 * is left exactly as it is, so its damage stays visible, and is reported.
 */
export function convertStoredFiles(
  filesDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
  nameKey: Buffer | null,
  /** Other name keys files may be named with (a backup restored from elsewhere). */
  alsoNamedWith: readonly Buffer[] = [],
): Conversion {
  const lookup = (id: string) => keys.find((k) => k.id === id);
  const wanted = target?.id ?? null;
  const naming = target ? nameKey : null;
  const result: Conversion = { converted: 0, problems: [] };
  for (const relative of listFiles(filesDir)) {
    const name = storeAddress(relative);
    if (!name) {
      result.problems.push(`files/${relative} is not one of the app's stored attachments; it was left as it is`);
      continue;
    }
    const file = insideFolder(filesDir, relative);
    const stored = fs.readFileSync(file);
    const decoded = decodeStored(stored, name, lookup);
    if (!decoded.ok) {
      result.problems.push(
        `attachment ${name.slice(0, 12)}… does not open (${decoded.reason === 'altered' ? 'it was altered' : 'it is sealed with a key this folder does not have'}); it was left as it is`,
      );
      continue;
    }
    const sha256 = sha256Hex(decoded.plain);
    if (!nameFits(name, sha256, [nameKey, ...alsoNamedWith])) {
      // Altered: its damage stays visible under the name it has, but its content still takes the
      // folder's form (a damaged certificate is no less confidential).
      if (decoded.sealedWith !== wanted) {
        replaceFileDurably(file, encodeForStore(decoded.plain, name, target), path.join(filesDir, '.incoming'));
        result.converted += 1;
      }
      result.problems.push(
        `attachment ${name.slice(0, 12)}… does not match its name (it was altered); it was kept under that name`,
      );
      continue;
    }
    const next = storedName(sha256, naming);
    if (next === name && decoded.sealedWith === wanted) continue;
    const destination = insideFolder(filesDir, storeRelativePath(next));
    if (next !== name && fs.existsSync(destination)) {
      // Done before a crash, or the same content stored twice: keep the one in the target form.
      const there = decodeStored(fs.readFileSync(destination), next, lookup);
      if (there.ok && there.sealedWith === wanted && sha256Hex(there.plain) === sha256) {
        fs.rmSync(file);
        result.converted += 1;
        continue;
      }
    }
    fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
    replaceFileDurably(destination, encodeForStore(decoded.plain, next, target), path.join(filesDir, '.incoming'));
    if (next !== name) fs.rmSync(file);
    result.converted += 1;
  }
  return result;
}
