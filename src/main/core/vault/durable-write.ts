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

/** `replaceFileDurably` without holding the event loop: the write and the fsync run in libuv's pool. */
export async function replaceFileDurablyAsync(target: string, bytes: Uint8Array, tempDir: string): Promise<void> {
  await fs.promises.mkdir(tempDir, { recursive: true, mode: 0o700 });
  const temp = path.join(tempDir, `${randomBytes(12).toString('hex')}.part`);
  await writeAndSync(temp, bytes);
  try {
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

/** Writes a new file (never over an existing one) and fsyncs it, off the event loop; returns what a manifest records. */
export async function writeNewFileAsync(target: string, bytes: Uint8Array): Promise<{ sha256: string; bytes: number }> {
  await writeAndSync(target, bytes);
  return { sha256: sha256Hex(bytes), bytes: bytes.length };
}

async function writeAndSync(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Runs `work` on every item, at most `limit` at a time: file conversions wait mostly on the disk
 * (each fsync), so a few in flight keep it busy while the main thread does the encryption.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
