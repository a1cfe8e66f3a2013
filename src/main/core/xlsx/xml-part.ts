import { FileLimitError, formatBytes, MalformedFileError } from '#core/bounded/file-limit-error';
import type { ZipDirectory, ZipEntry } from '#core/bounded/zip-directory';
import { streamEntry } from '#core/bounded/zip-entry';

import { createXmlScanner, type XmlHandler } from './xml-scanner';

/** Thrown by a handler that has read enough: the rest of the part is never inflated. */
export class StopScan extends Error {}

/** Streams one XML part of a ZIP through `handler`, decoding UTF-8 (or UTF-16, when it starts with a BOM) as it goes. */
export function scanPart(zip: ZipDirectory, entry: ZipEntry, handler: XmlHandler): void {
  const scanner = createXmlScanner(handler);
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  try {
    streamEntry(zip, entry, (chunk) => {
      if (!decoder) {
        const encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe ? 'utf-16be' : 'utf-8';
        decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
      }
      scanner.push(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) scanner.push((decoder as InstanceType<typeof TextDecoder>).decode());
    scanner.end();
  } catch (error) {
    if (error instanceof StopScan) return;
    if (error instanceof TypeError && /decode|encoded/i.test(error.message))
      throw new MalformedFileError(`"${entry.name}" inside it is not valid text`);
    throw error;
  }
}

/** A small part (workbook, relationships, styles) is refused outright when it declares more than `maxBytes`. */
export function scanSmallPart(zip: ZipDirectory, entry: ZipEntry, maxBytes: number, handler: XmlHandler): void {
  if (entry.size > maxBytes)
    throw new FileLimitError(
      `"${entry.name}" inside it would unpack to ${formatBytes(entry.size)}, more than the ${formatBytes(maxBytes)} such a part may have`,
    );
  scanPart(zip, entry, handler);
}
