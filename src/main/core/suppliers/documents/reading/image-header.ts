/*
 * An image's size and resolution read from its header, before a pixel is decoded: a file that
 * declares 100,000 × 100,000 pixels is refused instead of being handed to a decoder that would
 * try to allocate 40 GB. Supports the types an attachment may be (PNG, JPEG, WebP, GIF); TIFF
 * headers are read by the TIFF decoder, which parses directories without decoding pixels.
 */

export interface ImageHeader {
  readonly width: number;
  readonly height: number;
  /** Dots per inch when the file records it. */
  readonly dpi: number | null;
}

const plausibleDpi = (dpi: number) => (dpi >= 50 && dpi <= 2400 ? Math.round(dpi) : null);

function png(bytes: Buffer): ImageHeader | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  let dpi: number | null = null;
  // pHYs: pixels per unit; unit 1 is the metre.
  for (let at = 8; at + 12 <= bytes.length && at < 1_000_000;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs' && length >= 9 && bytes[at + 16] === 1) dpi = plausibleDpi(bytes.readUInt32BE(at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), dpi };
}

function jpeg(bytes: Buffer): ImageHeader | null {
  let dpi: number | null = null;
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xe0 && bytes.toString('latin1', at + 4, at + 9) === 'JFIF\0') {
      const units = bytes[at + 11];
      const density = bytes.readUInt16BE(at + 12);
      dpi = units === 1 ? plausibleDpi(density) : units === 2 ? plausibleDpi(density * 2.54) : null;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7), dpi };
    at += 2 + length;
  }
  return null;
}

function gif(bytes: Buffer): ImageHeader | null {
  return bytes.length < 10 ? null : { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8), dpi: null };
}

function webp(bytes: Buffer): ImageHeader | null {
  if (bytes.length < 30) return null;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1, dpi: null };
  if (chunk === 'VP8 ')
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff, dpi: null };
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, dpi: null };
  }
  return null;
}

export function imageHeader(bytes: Buffer, kind: 'png' | 'jpeg' | 'gif' | 'webp'): ImageHeader | null {
  switch (kind) {
    case 'png':
      return png(bytes);
    case 'jpeg':
      return jpeg(bytes);
    case 'gif':
      return gif(bytes);
    case 'webp':
      return webp(bytes);
  }
}
