import { AppError } from '#shared/contract';
import { displayDate } from '#shared/dates/iso-date';
import { bundledReferenceData } from '#shared/reference/reference-data';
import { htsRevisionLabel, revisionLabelFromFileName, revisionSlug } from '#shared/reference/revision-label';

import type { CbpPortFile } from './cbp-port-file';
import type { HtsExport } from './hts-export-file';
import type { CensusPortFile } from './port-list-file';
import type { ReferenceFile } from './reference-file';
import type { ReferenceStore } from './reference-store';
import type { Table } from './reference-table';

/* A publisher's file made into the table it would add: its label, dates, source and provenance, or why not. */

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly label?: string | undefined;
  readonly effectiveFrom?: string | undefined;
  /** The file already read (the CLI reads it before it opens the data folder). */
  readonly read?: ReferenceFile;
}

/** What judging a file needs: the tables in the app, and today's date. */
export interface TableContext {
  readonly reference: ReferenceStore;
  readonly today: () => string;
}

const sameLabel = (a: string, b: string) => htsRevisionLabel(a).toLowerCase() === htsRevisionLabel(b).toLowerCase();

/** Refuses a file already in the app (by its SHA-256), whatever it was imported as. */
export function refuseKnownFile(reference: ReferenceStore, fileName: string, sha256: string): void {
  const index = reference.current();
  const known = [
    ...index.data.htsRevisions.map((r) => ({ label: r.label, origin: r.origin })),
    ...reference.imported().censusPorts.map((l) => ({ label: l.label, origin: l.origin })),
    ...reference.imported().cbpPorts.map((l) => ({ label: l.label, origin: l.origin })),
  ];
  for (const table of known) {
    if (table.origin?.sha256 !== sha256) continue;
    const where = table.origin.kind === 'imported' ? 'imported' : 'bundled with the app';
    throw new AppError('CONFLICT', `${fileName} is already in the app: it is ${table.label} (${where}).`);
  }
}

export function htsTable(
  request: ImportRequest,
  read: HtsExport,
  sha256: string,
  notes: string[],
  { reference, today }: TableContext,
): Table {
  const label = request.label?.trim() || revisionLabelFromFileName(request.fileName);
  if (!label) {
    throw new AppError(
      'VALIDATION',
      `${request.fileName} does not say which HTS revision it is: give its label, e.g. "2026 Revision 5".`,
      { issues: [{ path: 'label', message: 'Give the revision a label, e.g. "2026 Revision 5".' }] },
    );
  }
  const effectiveFrom = request.effectiveFrom ?? today();
  if (!request.effectiveFrom)
    notes.push(`No effective date was given: it takes effect today, ${displayDate(effectiveFrom)}.`);
  for (const existing of reference.current().data.htsRevisions) {
    const where = existing.origin?.kind === 'imported' ? 'imported' : 'bundled with the app';
    if (sameLabel(existing.label, label))
      throw new AppError(
        'CONFLICT',
        `${existing.label} is already in the app (${where}, in force from ${displayDate(existing.effectiveFrom)})${existing.origin?.kind === 'imported' ? '; remove it first to import it again' : ''}.`,
      );
    if (existing.effectiveFrom === effectiveFrom)
      throw new AppError(
        'CONFLICT',
        `${existing.label} already takes effect on ${displayDate(effectiveFrom)}: two revisions cannot start on the same day. Give another effective date.`,
        { issues: [{ path: 'effectiveFrom', message: `${existing.label} already takes effect on this day.` }] },
      );
  }
  if (effectiveFrom < today())
    notes.push(`${displayDate(effectiveFrom)} is in the past: licences importing from that day on are judged by it.`);
  const fullLabel = htsRevisionLabel(label);
  const slug = revisionSlug(fullLabel) ?? sha256.slice(0, 8);
  return {
    type: 'hts',
    revision: {
      id: `hts-${slug}-${effectiveFrom.replace(/-/g, '')}`,
      label: fullLabel,
      effectiveFrom,
      sourceDate: effectiveFrom,
      source: `USITC Harmonized Tariff Schedule, ${fullLabel.replace(/^HTS /, '')} (${read.format.toUpperCase()} export), chapter 76; imported from ${request.fileName}`,
      origin: { kind: 'imported', fileName: request.fileName, sha256, bytes: request.bytes.byteLength },
      lines: read.lines.map(({ hts10, description, unit }) => ({ hts10, description, unit })),
    },
  };
}

/**
 * A port list's date: the one it states, else the one given with it; the stated date wins (and the
 * notes say so), and a list with neither is refused with `words.missing`.
 */
function listDate(
  request: ImportRequest,
  statedOn: string | null | undefined,
  notes: string[],
  words: { missing: string; field: string; stated: (date: string) => string },
): string {
  const asOf = statedOn ?? request.effectiveFrom;
  if (!asOf) {
    throw new AppError('VALIDATION', words.missing, { issues: [{ path: 'effectiveFrom', message: words.field }] });
  }
  if (statedOn && request.effectiveFrom && request.effectiveFrom !== statedOn) notes.push(words.stated(statedOn));
  return asOf;
}

export function censusTable(
  request: ImportRequest,
  read: CensusPortFile,
  sha256: string,
  notes: string[],
  { reference }: TableContext,
): Table {
  const asOf = listDate(request, read.producedOn, notes, {
    missing: `${request.fileName} does not say when it was produced (no "Produced …" line): give the date of the list.`,
    field: 'Give the date the list was produced.',
    stated: (date) => `The list says it was produced in ${displayDate(date)}; that date is used.`,
  });
  const label = `Census Schedule D, ${displayDate(asOf).replace(/^\d+ /, '')}`;
  if (reference.imported().censusPorts.some((l) => l.asOf === asOf))
    throw new AppError(
      'CONFLICT',
      `A Census Schedule D list produced in ${displayDate(asOf).replace(/^\d+ /, '')} is already imported; remove it first to import this one.`,
    );
  return {
    type: 'ports-census',
    list: {
      id: `ports-census-${asOf.slice(0, 7).replace('-', '')}-${sha256.slice(0, 8)}`,
      label,
      asOf,
      source: `U.S. Census Bureau, Schedule D - District/Port List (${displayDate(asOf).replace(/^\d+ /, '')}); imported from ${request.fileName}`,
      origin: { kind: 'imported', fileName: request.fileName, sha256, bytes: request.bytes.byteLength },
      ports: read.ports,
      // Which statistics codes are not ports of entry is the app's own list (SOURCES.md), kept as it is.
      ...(bundledReferenceData.ports.notPortsOfEntry
        ? { notPortsOfEntry: bundledReferenceData.ports.notPortsOfEntry }
        : {}),
    },
  };
}

export function cbpTable(
  request: ImportRequest,
  read: CbpPortFile,
  sha256: string,
  notes: string[],
  { reference }: TableContext,
): Table {
  const asOf = listDate(request, read.publishedOn, notes, {
    missing: `${request.fileName} does not say on its first page when CBP published it: give the date of the list.`,
    field: 'Give the date CBP published the list.',
    stated: (date) => `The list says it is of ${displayDate(date)}; that date is used.`,
  });
  const existing = reference.imported().cbpPorts.find((l) => l.asOf === asOf);
  if (existing)
    throw new AppError('CONFLICT', `${existing.label} is already imported; remove it first to import this one.`);
  const kinds = (kind: string) => read.ports.filter((p) => p.kind === kind).length;
  notes.push(
    `${read.ports.length} codes read from ${read.pages} pages: ${kinds('port')} ports, ${kinds('administrative')} offices and tracking codes, ${kinds('abroad')} places abroad (the app's own grouping by name; the last two are warned about, not offered as ports of entry).`,
  );
  return {
    type: 'ports-cbp',
    list: {
      id: `ports-cbp-${asOf.replace(/-/g, '')}-${sha256.slice(0, 8)}`,
      label: `CBP port codes, ${displayDate(asOf)}`,
      asOf,
      source: `U.S. CBP, ACE M1 Import Manifest EDI, Appendix E - Schedule D - U.S. CBP Port Codes (${displayDate(asOf)}); imported from ${request.fileName}`,
      origin: { kind: 'imported', fileName: request.fileName, sha256, bytes: request.bytes.byteLength },
      ports: read.ports,
    },
  };
}
