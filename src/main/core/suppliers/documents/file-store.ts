import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { replaceFileDurably } from '#core/vault/durable-write';
import { storedName, storeRelativePath } from '#core/vault/file-names';
import type { Keyring } from '#core/vault/keyring';
import { decodeStored, encodeForStore } from '#core/vault/stored-form';
import { AppError } from '#shared/contract';
import {
  allowedExtensionsText,
  type AttachmentKind,
  attachmentKindInfo,
  attachmentNameProblem,
  extensionOf,
  formatBytes,
  kindForExtension,
  maxAttachmentBytes,
} from '#shared/suppliers/attachment-rules';

import { kindLabel, sniffAttachmentKind } from './sniff-file-type';

export interface CheckedFile {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly kind: AttachmentKind;
  readonly mediaType: string;
}

export interface ReadFile {
  /** null: nothing is stored under that hash any more. */
  readonly bytes: Buffer | null;
  readonly actualSha256: string | null;
  readonly intact: boolean;
  /** The id of the passphrase key it is sealed with at rest, or null when stored plain (see docs/records-trust.md). */
  readonly sealedWith: string | null;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const isSha256 = (value: string) => /^[0-9a-f]{64}$/.test(value);

/** Strict base64: Node's decoder silently skips junk, which would store a different file than was sent. */
export function decodeBase64(text: string, fileName: string): Buffer {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new AppError(
      'VALIDATION',
      `The content of "${fileName}" did not arrive intact (it is not valid base64). Attach the file again.`,
      {
        issues: [{ path: 'contentBase64', message: 'is not valid base64', rule: 'base64' }],
      },
    );
  }
  return Buffer.from(text, 'base64');
}

const refuse = (message: string, rule: string, code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE' = 'VALIDATION') =>
  new AppError(code, message, { issues: [{ path: 'fileName', message, rule }] });

/**
 * Size, name and content checks, in that order, before a byte is written. The name is only
 * metadata: it decides nothing but the expected type, and must match what the content is.
 */
export function checkAttachment(bytes: Uint8Array, fileName: string, limit = maxAttachmentBytes): CheckedFile {
  const nameProblem = attachmentNameProblem(fileName);
  if (nameProblem) throw refuse(nameProblem, 'file-name');
  if (bytes.length > limit) {
    // Just over the limit rounds to the limit itself; then the exact counts say why.
    const exact = formatBytes(bytes.length) === formatBytes(limit);
    const size = exact
      ? `${formatBytes(bytes.length)} (${bytes.length.toLocaleString('en-US')} bytes)`
      : formatBytes(bytes.length);
    const max = exact ? `${formatBytes(limit)} (${limit.toLocaleString('en-US')} bytes)` : formatBytes(limit);
    throw refuse(
      `"${fileName}" is ${size}; attached files can be at most ${max}. Scan at a lower resolution or split the document.`,
      'file-size',
      'PAYLOAD_TOO_LARGE',
    );
  }
  if (bytes.length === 0)
    throw refuse(`"${fileName}" is empty (0 bytes). Attach the file that holds the document.`, 'file-empty');
  const extension = extensionOf(fileName);
  const named = kindForExtension(extension)!;
  const actual = sniffAttachmentKind(bytes, extension);
  if (actual === null) {
    throw refuse(
      `"${fileName}" is named as a ${kindLabel(named)}, but its content is not one. Only these types can be attached: ${allowedExtensionsText}.`,
      'file-content',
    );
  }
  if (actual !== named) {
    throw refuse(
      `"${fileName}" is named as a ${kindLabel(named)}, but its content is a ${kindLabel(actual)}. Rename it to .${attachmentKindInfo[actual].extensions[0]!} or attach the right file.`,
      'file-content',
    );
  }
  return {
    sha256: sha256Of(bytes),
    sizeBytes: bytes.length,
    kind: actual,
    mediaType: attachmentKindInfo[actual].mediaType,
  };
}

/**
 * The content-addressed store under the data folder: files/<first two hex digits>/<name>, where
 * the name is the content's SHA-256 in a plain folder and a keyed hash of it in a protected one
 * (vault/file-names.ts). Paths come only from hashes this module computed or checked, never
 * from a name from outside. A file is written to a temporary name and renamed into place, so a
 * crash never leaves half a file under a real name. Bytes are written before the database row:
 * if the transaction then fails, an unreferenced blob remains, which the next upload of the same
 * content simply reuses. When the data folder is protected with a passphrase, files are sealed
 * (AES-256-GCM, bound to their name) on the way in and opened on the way out, and a sealed file
 * that fails to open counts as altered. Reading also looks under the other naming, so a folder
 * part-way through a change of protection (or restored from an older backup) reads every file.
 */
export function createFileStore(filesDir: string, keyring?: Keyring) {
  const incoming = path.join(filesDir, '.incoming');

  const checked = (sha256: string): string => {
    if (!isSha256(sha256)) throw new AppError('VALIDATION', `"${sha256}" is not a SHA-256 hash.`);
    return sha256;
  };
  const located = (name: string) => path.join(filesDir, storeRelativePath(name));
  /** Where content with this hash is stored in the folder's current form. */
  const pathOf = (sha256: string): string => located(storedName(checked(sha256), keyring?.naming() ?? null));
  /** Every name it may be under: the current form first, then the other one. */
  const namesOf = (sha256: string): string[] => {
    const nameKey = keyring?.keyset()?.fileNames ?? null;
    return [...new Set([storedName(checked(sha256), keyring?.naming() ?? null), storedName(sha256, nameKey), sha256])];
  };

  function readStored(sha256: string, name: string): ReadFile | null {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(located(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError(
        'UNREADABLE_FILE',
        `The stored file ${sha256.slice(0, 12)}… cannot be read (${(error as Error).message}).`,
        { sha256 },
      );
    }
    const decoded = decodeStored(bytes, name, (id) => keyring?.lookup(id));
    // Sealed bytes that do not open were altered (or sealed under another passphrase): nothing to show, and not intact.
    if (!decoded.ok)
      return { bytes: Buffer.alloc(0), actualSha256: sha256Of(bytes), intact: false, sealedWith: decoded.keyId };
    const actualSha256 = sha256Of(decoded.plain);
    return { bytes: decoded.plain, actualSha256, intact: actualSha256 === sha256, sealedWith: decoded.sealedWith };
  }

  function read(sha256: string): ReadFile {
    let found: ReadFile | null = null;
    for (const name of namesOf(sha256)) {
      const stored = readStored(sha256, name);
      if (stored?.intact) return stored;
      found ??= stored;
    }
    return found ?? { bytes: null, actualSha256: null, intact: false, sealedWith: null };
  }

  function writeAtomically(target: string, bytes: Uint8Array): void {
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    replaceFileDurably(target, bytes, incoming);
  }

  return {
    pathOf,
    read,
    /**
     * Stores checked bytes under their name. Content already stored intact in the folder's
     * current form is not written again (duplicates are stored once); content stored but
     * damaged, or not in the current form (plain, or under its other name), is written again,
     * and a copy under the other name is then removed. Returns whether bytes were written.
     */
    put(file: CheckedFile, bytes: Uint8Array): boolean {
      const name = storedName(checked(file.sha256), keyring?.naming() ?? null);
      const target = located(name);
      const key = keyring?.target() ?? null;
      if (fs.existsSync(target)) {
        const stored = readStored(file.sha256, name);
        if (stored?.intact && stored.sealedWith === (key?.id ?? null)) return false;
      }
      writeAtomically(target, encodeForStore(bytes, name, key));
      for (const other of namesOf(file.sha256)) if (other !== name) fs.rmSync(located(other), { force: true });
      return true;
    },
  };
}
export type FileStore = ReturnType<typeof createFileStore>;
