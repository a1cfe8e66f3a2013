import { type AttachmentKind, attachmentKindInfo } from '#shared/suppliers/attachment-rules';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** A CSV is text: no NUL bytes and valid UTF-8 (a BOM is fine). Binary content named .csv is refused. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? trimPartialUtf8(sample) : sample);
    return true;
  } catch {
    return false;
  }
}

/** A sample cut at 64 KB may end inside a multi-byte character; drop that tail before decoding. */
function trimPartialUtf8(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0xc0) return sample.subarray(0, end - back);
    if ((byte & 0x80) === 0) break;
  }
  return sample;
}

/**
 * What the bytes are, judged by their signature ("magic bytes"), never by the name they came
 * with. XLSX is a ZIP container; the name's extension then tells it from other ZIPs, and the
 * caller checks that the two agree.
 */
export function sniffAttachmentKind(bytes: Uint8Array, extension: string): AttachmentKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return extension === 'xlsx' ? 'xlsx' : null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return extension === 'xls' ? 'xls' : null;
  if (extension === 'csv' && bytes.length > 0 && looksLikeText(bytes)) return 'csv';
  return null;
}

export const kindLabel = (kind: AttachmentKind) => attachmentKindInfo[kind].label;
