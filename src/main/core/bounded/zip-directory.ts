import { FileLimitError, formatBytes, MalformedFileError } from './file-limit-error';

/**
 * What a ZIP from outside may declare before anything in it is inflated. Every figure is read
 * from the central directory (the table of contents at the end of the file), so a "zip bomb" is
 * refused from a few hundred bytes; the inflater then holds each entry to its declared size.
 */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  readonly maxTotalBytes: number;
  /** Uncompressed size over compressed size, per entry. */
  readonly maxRatio: number;
  /** Entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
  readonly ratioGraceBytes: number;
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; nothing else is read. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
  /** Where the entry's data starts in the file. */
  readonly dataOffset: number;
}

export interface ZipDirectory {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  /** Part names are case-insensitive in OOXML (OPC); lookups use lower case. */
  find(name: string): ZipEntry | undefined;
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const maxComment = 0xffff;

const broken = (why: string) => new MalformedFileError(`it is not a readable ZIP file (${why})`);

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - maxComment);
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === endSignature) return at;
  throw broken('no table of contents at its end');
}

/** Sizes and offsets that did not fit in 32 bits live in the ZIP64 extra field, in this order. */
function zip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
) {
  const out: { size?: number; compressed?: number; offset?: number } = {};
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + size) throw broken('a ZIP64 field is cut short');
        const value = Number(view.getBigUint64(p, true));
        p += 8;
        return value;
      };
      if (wanted.size) out.size = next();
      if (wanted.compressed) out.compressed = next();
      if (wanted.offset) out.offset = next();
      return out;
    }
    at += 4 + size;
  }
  throw broken('an entry is larger than 4 GB but has no ZIP64 sizes');
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Names without the UTF-8 flag are CP437; every name this app looks for is ASCII, so Latin-1 reads them right.
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

/**
 * Reads and checks the central directory of `bytes` against `limits` without inflating
 * anything. Encrypted entries, unknown compression methods, entries pointing outside the file
 * and repeated names are refused too: the reader must see the same parts any other tool sees.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  if (bytes.byteLength < 22) throw broken('it is too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== zip64LocatorSignature)
      throw broken('its ZIP64 table of contents is missing');
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.byteLength || view.getUint32(record, true) !== zip64EndSignature)
      throw broken('its ZIP64 table of contents is damaged');
    count = Number(view.getBigUint64(record + 32, true));
    directorySize = Number(view.getBigUint64(record + 40, true));
    directoryOffset = Number(view.getBigUint64(record + 48, true));
  }
  if (count > limits.maxEntries)
    throw new FileLimitError(
      `it holds ${count.toLocaleString('en-US')} files, more than the ${limits.maxEntries.toLocaleString('en-US')} allowed`,
    );
  if (directoryOffset + directorySize > bytes.byteLength) throw broken('its table of contents points past its end');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== centralSignature)
      throw broken('its table of contents is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.byteLength) throw broken('its table of contents is damaged');
    const name = decodeName(bytes.subarray(nameStart, nameStart + nameLength), (flags & 0x0800) !== 0);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wide = zip64Extra(view, nameStart + nameLength, extraLength, {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localOffset === 0xffffffff,
      });
      size = wide.size ?? size;
      compressedSize = wide.compressed ?? compressedSize;
      localOffset = wide.offset ?? localOffset;
    }
    at = nameStart + nameLength + extraLength + commentLength;

    if ((flags & 0x0001) !== 0) throw new FileLimitError(`"${name}" inside it is encrypted, which cannot be read`);
    if (method !== 0 && method !== 8)
      throw new FileLimitError(`"${name}" inside it uses compression method ${method}; only deflate is read`);
    if (method === 0 && size !== compressedSize) throw broken(`"${name}" is stored with two different sizes`);
    total += size;
    if (total > limits.maxTotalBytes)
      throw new FileLimitError(
        `its contents would unpack to more than ${formatBytes(limits.maxTotalBytes)}, the most a file of this kind may hold`,
      );
    if (size > limits.ratioGraceBytes && size > compressedSize * limits.maxRatio)
      throw new FileLimitError(
        `"${name}" inside it would unpack ${Math.round(size / Math.max(compressedSize, 1))} times larger than it is stored, more than the ${limits.maxRatio} times allowed (a "zip bomb")`,
      );
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== localSignature)
      throw broken(`"${name}" points outside the file`);
    const dataOffset =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.byteLength) throw broken(`"${name}" is cut short`);
    const key = name.toLowerCase();
    if (byName.has(key)) throw broken(`"${name}" appears twice`);
    const entry: ZipEntry = { name, method: method as 0 | 8, compressedSize, size, crc32, dataOffset };
    entries.push(entry);
    byName.set(key, entry);
  }
  return { bytes, entries, find: (name) => byName.get(name.replace(/^\//, '').toLowerCase()) };
}
