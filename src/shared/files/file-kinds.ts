import { z } from 'zod';

import { allowedExtensions, maxAttachmentBytes } from '#shared/suppliers/attachment-rules';

/*
 * What the app opens and saves, by kind. The desktop app's dialogs take their title, filters and
 * remembered folder from the kind; the main process checks every chosen or dropped path against
 * it (extension, size, file or folder) before the app reads a byte.
 */

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface OpenKindInfo {
  /** The open dialog's title. */
  readonly title: string;
  readonly filters: readonly FileFilter[];
  /** A folder rather than files (a backup). */
  readonly folder: boolean;
  /** Largest file accepted: what the procedure that receives it accepts. */
  readonly maxBytes: number;
}

const mb = 1024 * 1024;

export const openKinds = {
  'licence-import': {
    title: 'Import licences from a CSV or XLSX file',
    filters: [{ name: 'Licence files (CSV, XLSX)', extensions: ['csv', 'xlsx'] }],
    folder: false,
    maxBytes: 50 * mb,
  },
  'supplier-document': {
    title: 'Attach supplier documents',
    filters: [{ name: 'Certificates and declarations', extensions: allowedExtensions }],
    folder: false,
    maxBytes: maxAttachmentBytes,
  },
  'request-answer': {
    title: "Read a supplier's answer",
    filters: [{ name: 'Answered request (XLSX, CSV)', extensions: ['xlsx', 'csv'] }],
    folder: false,
    maxBytes: 35 * mb,
  },
  'audit-pack': {
    title: 'Check an audit pack',
    filters: [{ name: 'Audit pack (ZIP)', extensions: ['zip'] }],
    folder: false,
    maxBytes: 48 * mb,
  },
  'backup-folder': {
    title: 'Choose a backup folder',
    filters: [],
    folder: true,
    maxBytes: 0,
  },
} as const satisfies Record<string, OpenKindInfo>;
export type OpenKind = keyof typeof openKinds;
export const openKindSchema = z.enum(Object.keys(openKinds) as [OpenKind, ...OpenKind[]]);

export interface SaveKindInfo {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export const saveKinds = {
  'licence-export': {
    title: 'Export licences',
    filters: [
      { name: 'CSV', extensions: ['csv'] },
      { name: 'JSON', extensions: ['json'] },
    ],
  },
  'licence-template': { title: 'Save the licence file template', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  'summary-pdf': { title: 'Save as PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  'audit-pack': { title: 'Save the audit pack', filters: [{ name: 'ZIP', extensions: ['zip'] }] },
  handoff: {
    title: 'Save the broker hand-off',
    filters: [
      { name: 'CSV', extensions: ['csv'] },
      { name: 'JSON', extensions: ['json'] },
    ],
  },
  'request-kit': {
    title: 'Save the declaration request',
    filters: [
      { name: 'Excel workbook', extensions: ['xlsx'] },
      { name: 'CSV', extensions: ['csv'] },
    ],
  },
  'bulk-upload': { title: 'Save the portal bulk-upload file', filters: [{ name: 'CSV', extensions: ['csv'] }] },
  diagnostics: { title: 'Save the sync diagnostics', filters: [{ name: 'JSON', extensions: ['json'] }] },
  'document-copy': {
    title: 'Save a copy of the attached file',
    filters: [{ name: 'Attached file', extensions: allowedExtensions }],
  },
} as const satisfies Record<string, SaveKindInfo>;
export type SaveKind = keyof typeof saveKinds;
export const saveKindSchema = z.enum(Object.keys(saveKinds) as [SaveKind, ...SaveKind[]]);

/** The extension of a file name, lower-case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Whether a file of this name may be opened as this kind (folders: always; the folder's content is checked later). */
export function acceptsName(kind: OpenKind, fileName: string): boolean {
  const info: OpenKindInfo = openKinds[kind];
  if (info.folder) return true;
  const ext = extensionOf(fileName);
  return info.filters.some((f) => f.extensions.includes(ext));
}
