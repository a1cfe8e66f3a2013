import { Inflate } from 'fflate';

import { MalformedFileError } from './file-limit-error';
import type { ZipDirectory, ZipEntry } from './zip-directory';

/** Compressed bytes are fed in slices this small, so one slice can never inflate to more than ~16 MB. */
const sliceBytes = 16 * 1024;

class Stop extends Error {}

/**
 * Streams one entry's content to `onChunk`, a slice at a time, never holding the whole entry.
 * `onChunk` returns false to stop early (the rest is never inflated). An entry that inflates to
 * more than its declared size is refused at that point: the directory's figures were checked
 * against the limits, so the content must keep to them.
 */
export function streamEntry(zip: ZipDirectory, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean | void): void {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let produced = 0;
  // What the consumer (or the size check) threw from inside the inflater, told apart from fflate's own errors.
  let raised: unknown = null;
  const deliver = (chunk: Uint8Array) => {
    try {
      produced += chunk.length;
      if (produced > entry.size)
        throw new MalformedFileError(`"${entry.name}" inside it holds more than its table of contents says`);
      if (chunk.length > 0 && onChunk(chunk) === false) throw new Stop();
    } catch (error) {
      raised = error;
      throw error;
    }
  };
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += sliceBytes * 64) deliver(data.subarray(at, at + sliceBytes * 64));
      return;
    }
    let finished = false;
    const inflate = new Inflate((chunk, final) => {
      deliver(chunk);
      if (final) finished = true;
    });
    for (let at = 0; at < data.length; at += sliceBytes) {
      const last = at + sliceBytes >= data.length;
      try {
        inflate.push(data.subarray(at, at + sliceBytes), last);
      } catch (error) {
        if (raised !== null) throw raised;
        throw new MalformedFileError(`"${entry.name}" inside it is damaged (${(error as Error).message})`);
      }
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
    if (!finished && entry.size > 0) throw new MalformedFileError(`"${entry.name}" inside it is cut short`);
  } catch (error) {
    if (error instanceof Stop) return;
    throw error;
  }
  if (produced !== entry.size && entry.method === 8)
    throw new MalformedFileError(`"${entry.name}" inside it holds less than its table of contents says`);
}

/** A small part (workbook, relationships, styles) read whole; its size was checked against the limits. */
export function readEntry(zip: ZipDirectory, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  streamEntry(zip, entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}
