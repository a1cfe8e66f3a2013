import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Temp file in `tempDir`, fsync, rename over `target`: a crash leaves the old file or the new one, never half. */
export function replaceFileDurably(target: string, bytes: Uint8Array, tempDir: string): void {
  fs.mkdirSync(tempDir, { recursive: true, mode: 0o700 });
  const temp = path.join(tempDir, `${randomBytes(12).toString('hex')}.part`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes a new file (never over an existing one) and fsyncs it; returns what the manifest records. */
export function writeNewFile(target: string, bytes: Uint8Array): { sha256: string; bytes: number } {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: sha256Hex(bytes), bytes: bytes.length };
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function sha256OfFile(file: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1024 * 1024);
  let total = 0;
  try {
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, read));
      total += read;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes: total };
}
