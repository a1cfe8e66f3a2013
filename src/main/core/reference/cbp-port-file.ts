import { FileLimitError, formatBytes, MalformedFileError } from '#core/bounded/file-limit-error';
import {
  cbpPortKind,
  cbpPortState,
  type PlacedWord,
  publishedOn,
  readCbpCodeRows,
} from '#shared/reference/cbp-port-codes';
import { bundledCbpPorts, type CbpPort } from '#shared/reference/ports';

import { referenceFileLimits, refuseFile } from './hts-export-file';
import { pdfPageWords } from './pdf-words';

/** CBP's port code list (ACE Appendix E - Schedule D) as the app keeps it: every code, with its kind. */
export interface CbpPortFile {
  /** The date the list says it is of ("February 3, 2026"), or null when its first page does not say. */
  readonly publishedOn: string | null;
  readonly pages: number;
  readonly ports: CbpPort[];
}

/**
 * The list's ports from its pages' words. State and kind are read from each name as for the
 * bundled CBP codes (SOURCES.md); the pairing with a Census code of the same place is the app's
 * own (SOURCES.md) and is kept for the codes the bundled list pairs.
 */
export function cbpPortsFromWords(pages: readonly (readonly PlacedWord[])[], fileName: string): CbpPortFile {
  const read = readCbpCodeRows(pages);
  if (!read.ok) throw refuseFile(fileName, read.reason);
  const bundled = new Map(bundledCbpPorts.ports.map((p) => [p.code, p]));
  const firstPage = (pages[0] ?? []).map((w) => w.text).join(' ');
  return {
    publishedOn: publishedOn(firstPage),
    pages: pages.length,
    ports: read.rows.map(({ code, name }) => ({
      code,
      name,
      state: cbpPortState(name) || bundled.get(code)?.state || '',
      kind: cbpPortKind(name),
      censusCode: bundled.get(code)?.censusCode ?? '',
    })),
  };
}

/** CBP's port code list from its PDF, or a one-sentence refusal (not a PDF, no text layer, not the list). */
export async function readCbpPortList(bytes: Uint8Array, fileName: string): Promise<CbpPortFile> {
  if (bytes.byteLength > referenceFileLimits.maxBytes)
    throw refuseFile(fileName, `it is larger than ${formatBytes(referenceFileLimits.maxBytes)}`);
  let pages: PlacedWord[][];
  try {
    pages = await pdfPageWords(bytes);
  } catch (error) {
    if (error instanceof MalformedFileError || error instanceof FileLimitError)
      throw refuseFile(fileName, error.reason);
    throw error;
  }
  if (pages.every((page) => page.length === 0))
    throw refuseFile(fileName, 'its pages have no text layer (a scan): use the PDF as CBP publishes it');
  return cbpPortsFromWords(pages, fileName);
}
