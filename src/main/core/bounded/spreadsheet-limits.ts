import type { ZipLimits } from './zip-directory';

/**
 * Limits for spreadsheets from outside (licence files, supplier answers). The app's own choice
 * unless a source is named; each is far above what a real file of this kind holds.
 */
export const spreadsheetLimits = {
  /** Read from the central directory before anything is inflated. */
  zip: {
    // A workbook is a few dozen parts; images and many sheets stay well under this.
    maxEntries: 1_000,
    maxTotalBytes: 512 * 1024 * 1024,
    // Apache POI refuses entries that inflate more than 100 times (ZipSecureFile's default minimum
    // inflate ratio, 0.01); real sheet XML compresses 5 to 40 times.
    maxRatio: 100,
    ratioGraceBytes: 1024 * 1024,
  } satisfies ZipLimits,
  /** Workbook, relationships and styles parts. */
  maxPartBytes: 32 * 1024 * 1024,
  maxSharedStrings: 2_000_000,
  /** 32,767 is Excel's own limit on the characters in a cell ("Excel specifications and limits"). */
  maxCellChars: 32_767,
  /** A to AMJ: LibreOffice's long-standing sheet width; no licence layout comes near it. */
  maxColumns: 1_024,
  /** Rows with a value, header included. */
  maxRows: 250_001,
  /** Rows × header columns kept in memory. */
  maxCells: 5_000_000,
} as const;
