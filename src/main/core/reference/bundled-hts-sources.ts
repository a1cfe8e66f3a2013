import type { HtsRevision } from '#shared/reference/hts';

import { readHtsExport } from './hts-export-file';

/**
 * The HTS revisions bundled with the app: USITC's CSV export cut to chapter 76 (bytes as published,
 * assets/reference/usitc/README.md) and the published file it was cut from. Built into
 * src/shared/reference/data by scripts/build-reference-data.mjs.
 */
export interface BundledHtsSource {
  readonly id: string;
  readonly label: string;
  /**
   * The app's own choice, not USITC's: chapter-76 statistical suffixes change with the annual Basic
   * Edition (1 January), so a revision snapshot is applied from the start of its year.
   */
  readonly effectiveFrom: string;
  /** The date of the copy the cut was taken from (the repository commit recorded in SOURCES.md). */
  readonly sourceDate: string;
  /** The chapter-76 cut, under assets/reference/. */
  readonly cut: string;
  readonly published: { readonly fileName: string; readonly sha256: string; readonly bytes: number };
}

export const bundledHtsSources: readonly BundledHtsSource[] = [
  {
    id: 'hts-2025r13',
    label: '2025 Revision 13',
    effectiveFrom: '2025-01-01',
    sourceDate: '2025-06-12',
    cut: 'usitc/hts_2025_revision_13.chapter76.csv',
    published: {
      fileName: 'hts_2025_revision_13.csv',
      sha256: '4e1f901e21de4e205d2fb4cc878c6df374017125f651b5cf4ca14738335bd24c',
      bytes: 3_907_166,
    },
  },
  {
    id: 'hts-2026r3',
    label: '2026 Revision 3',
    effectiveFrom: '2026-01-01',
    sourceDate: '2026-02-22',
    cut: 'usitc/hts_2026_revision_3_csv.chapter76.csv',
    published: {
      fileName: 'hts_2026_revision_3_csv.csv',
      sha256: 'e10c47426e132b7f01b72b9a951c2e84e43675e68ee8f31ae961e8c3ceca99a2',
      bytes: 3_961_431,
    },
  },
];

/** A bundled revision as the app keeps it, read from its chapter-76 cut. */
export function bundledRevisionFromExport(bundled: BundledHtsSource, cut: Uint8Array): HtsRevision {
  const { lines } = readHtsExport(cut, bundled.published.fileName);
  return {
    id: bundled.id,
    label: `HTS ${bundled.label}`,
    effectiveFrom: bundled.effectiveFrom,
    sourceDate: bundled.sourceDate,
    source: `USITC Harmonized Tariff Schedule, ${bundled.label} (CSV export), chapter 76; assets/reference/${bundled.cut}`,
    origin: { kind: 'bundled', ...bundled.published },
    lines: lines.map(({ hts10, description, unit }) => ({ hts10, description, unit })),
  };
}
