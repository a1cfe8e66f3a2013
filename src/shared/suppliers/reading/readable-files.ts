import { type AttachmentKind, extensionOf, kindForExtension } from '#shared/suppliers/attachment-rules';

/** What the reader reads: PDFs and scans. Spreadsheets are read by the request kit, not here. */
export const readableKinds = ['pdf', 'png', 'jpeg', 'webp', 'gif', 'tiff'] as const;
export type ReadableKind = (typeof readableKinds)[number];

export const isReadable = (kind: AttachmentKind): kind is ReadableKind =>
  (readableKinds as readonly string[]).includes(kind);

/** By a file's name, as the screens decide whether to offer reading it (the core judges the content). */
export function isReadableName(fileName: string): boolean {
  const kind = kindForExtension(extensionOf(fileName));
  return kind !== null && isReadable(kind);
}
