import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { FileLimitError, MalformedFileError } from './file-limit-error';
import { readZipDirectory, type ZipLimits } from './zip-directory';
import { readEntry, streamEntry } from './zip-entry';

const limits: ZipLimits = { maxEntries: 10, maxTotalBytes: 1024 * 1024, maxRatio: 100, ratioGraceBytes: 64 * 1024 };

/** Where the n-th central directory record starts (the ZIP fflate wrote, read back by hand). */
function centralRecord(zip: Uint8Array, n: number): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = view.getUint32(zip.length - 22 + 16, true);
  for (let i = 0; i < n; i += 1)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  return at;
}

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FileLimitError || error instanceof MalformedFileError) return error.reason;
    throw error;
  }
  throw new Error('not refused');
}

describe('the ZIP directory, read before anything is inflated', () => {
  it('lists the entries with their sizes and finds them by name, case-insensitively', () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'a.txt': [strToU8('x'.repeat(100)), { level: 0 }],
    });
    const directory = readZipDirectory(zip, limits);
    expect(directory.entries.map((e) => [e.name, e.size, e.method])).toEqual([
      ['xl/workbook.xml', 11, 8],
      ['a.txt', 100, 0],
    ]);
    expect(new TextDecoder().decode(readEntry(directory, directory.find('/XL/Workbook.xml')!))).toBe('<workbook/>');
  });

  it('refuses too many entries, too much in total, and a ratio past the limit, from the directory alone', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(reason(() => readZipDirectory(many, limits))).toBe('it holds 11 files, more than the 10 allowed');

    const big = zipSync({
      a: [new Uint8Array(700 * 1024), { level: 0 }],
      b: [new Uint8Array(700 * 1024), { level: 0 }],
    });
    expect(reason(() => readZipDirectory(big, limits))).toBe(
      'its contents would unpack to more than 1 MB, the most a file of this kind may hold',
    );

    // 512 KB of zeros deflate to about 500 bytes: a thousand times.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(512 * 1024) });
    expect(reason(() => readZipDirectory(bomb, limits))).toMatch(
      /^"xl\/worksheets\/sheet1.xml" inside it would unpack \d+ times larger than it is stored, more than the 100 times allowed/,
    );
  });

  it('holds an entry to its declared size when the directory lies', () => {
    const zip = zipSync({ 'sheet.xml': strToU8('<a>'.repeat(1000)) });
    // Declare 10 bytes where 3,000 inflate: the inflater stops at byte 10.
    const lying = zip.slice();
    new DataView(lying.buffer).setUint32(centralRecord(lying, 0) + 24, 10, true);
    const directory = readZipDirectory(lying, limits);
    let seen = 0;
    expect(reason(() => streamEntry(directory, directory.entries[0]!, (chunk) => void (seen += chunk.length)))).toBe(
      '"sheet.xml" inside it holds more than its table of contents says',
    );
    expect(seen).toBeLessThanOrEqual(10);
  });

  it('stops inflating as soon as the reader has enough', () => {
    const zip = zipSync({ 'big.xml': new Uint8Array(60 * 1024).fill(65) }, { level: 1 });
    const directory = readZipDirectory(zip, { ...limits, maxRatio: 10_000 });
    let chunks = 0;
    streamEntry(directory, directory.entries[0]!, () => {
      chunks += 1;
      return false;
    });
    expect(chunks).toBe(1);
  });

  it('refuses encrypted entries, unknown methods, repeated names and files that are not ZIPs', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>') });
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    view.setUint16(centralRecord(encrypted, 0) + 8, view.getUint16(centralRecord(encrypted, 0) + 8, true) | 1, true);
    expect(reason(() => readZipDirectory(encrypted, limits))).toBe(
      '"a.xml" inside it is encrypted, which cannot be read',
    );

    const lzma = zip.slice();
    new DataView(lzma.buffer).setUint16(centralRecord(lzma, 0) + 10, 14, true);
    expect(reason(() => readZipDirectory(lzma, limits))).toBe(
      '"a.xml" inside it uses compression method 14; only deflate is read',
    );

    const twice = zipSync({ 'a.xml': strToU8('<a/>'), 'A.XML': strToU8('<b/>') });
    expect(reason(() => readZipDirectory(twice, limits))).toBe('it is not a readable ZIP file ("A.XML" appears twice)');

    expect(reason(() => readZipDirectory(strToU8('PK\u0003\u0004 not really a zip at all'), limits))).toBe(
      'it is not a readable ZIP file (no table of contents at its end)',
    );
    expect(reason(() => readZipDirectory(zip.subarray(0, zip.length - 30), limits))).toMatch(
      /^it is not a readable ZIP file/,
    );
  });
});
