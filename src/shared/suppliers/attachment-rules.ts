/*
 * What may be attached to a supplier document. The renderer uses this to say so before a file is
 * sent; the core enforces it again on the bytes it receives (by content, not only by name).
 */

/** Large enough for a scanned multi-page certificate, small enough to keep backups quick. */
export const maxAttachmentBytes = 25 * 1024 * 1024;

export const attachmentKinds = ['pdf', 'png', 'jpeg', 'webp', 'gif', 'tiff', 'xlsx', 'xls', 'csv'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export interface AttachmentKindInfo {
  readonly label: string;
  readonly mediaType: string;
  readonly extensions: readonly string[];
  /** How the in-app viewer shows it; null means "export it and open it elsewhere". */
  readonly view: 'pdf' | 'image' | null;
}

export const attachmentKindInfo: Record<AttachmentKind, AttachmentKindInfo> = {
  pdf: { label: 'PDF', mediaType: 'application/pdf', extensions: ['pdf'], view: 'pdf' },
  png: { label: 'PNG image', mediaType: 'image/png', extensions: ['png'], view: 'image' },
  jpeg: { label: 'JPEG image', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], view: 'image' },
  webp: { label: 'WebP image', mediaType: 'image/webp', extensions: ['webp'], view: 'image' },
  gif: { label: 'GIF image', mediaType: 'image/gif', extensions: ['gif'], view: 'image' },
  tiff: { label: 'TIFF scan', mediaType: 'image/tiff', extensions: ['tif', 'tiff'], view: null },
  xlsx: {
    label: 'Excel workbook',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    view: null,
  },
  xls: { label: 'Excel 97-2003 workbook', mediaType: 'application/vnd.ms-excel', extensions: ['xls'], view: null },
  csv: { label: 'CSV file', mediaType: 'text/csv', extensions: ['csv'], view: null },
};

export const allowedExtensions: readonly string[] = attachmentKinds.flatMap(
  (kind) => attachmentKindInfo[kind].extensions,
);

/** "PDF, PNG, JPG, …": the list a person reads in an error message or beside the attach button. */
export const allowedExtensionsText = allowedExtensions.map((e) => e.toUpperCase()).join(', ');

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
};

export function kindForExtension(extension: string): AttachmentKind | null {
  return attachmentKinds.find((kind) => attachmentKindInfo[kind].extensions.includes(extension.toLowerCase())) ?? null;
}

/**
 * A file name from outside is only ever metadata, never part of a path. Names that look like
 * paths (folders, drive letters, "..") are refused outright rather than quietly trimmed, so a
 * crafted name is visible as what it is.
 */
export function attachmentNameProblem(name: string): string | null {
  if (name.trim() === '') return 'The file has no name.';
  if (name.length > 200)
    return `The file name is ${name.length} characters long; at most 200 are kept. Rename the file and attach it again.`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
  if (/[\u0000-\u001f\u007f]/.test(name))
    return 'The file name contains control characters. Rename the file and attach it again.';
  if (/[/\\]/.test(name) || name.includes(':') || name === '.' || name === '..' || name.split(/[/\\]/).includes('..')) {
    return `"${name}" is not a plain file name (it names folders or a drive). Attach the file itself, not a path to it.`;
  }
  const extension = extensionOf(name);
  if (kindForExtension(extension) === null) {
    return `"${name}" is not a type that can be attached${extension ? ` (.${extension})` : ' (it has no extension)'}. Allowed: ${allowedExtensionsText}.`;
  }
  return null;
}

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
};
