import { createHash } from 'node:crypto';

import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import { newId } from '#core/ids';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceService } from '#core/licences/licence-service';
import type { LicenceValidator } from '#core/licences/licence-validator';
import { AppError } from '#shared/contract';
import type { ReferenceApplied, ReferencePreview, ReferenceTables } from '#shared/contract/reference';
import { displayDate } from '#shared/dates/iso-date';
import { emptyDraft } from '#shared/licences/licence-schema';
import { referenceFreshness } from '#shared/reference/freshness';
import { coveredLines, type HtsRevision, inForce } from '#shared/reference/hts';
import { diffRevisions } from '#shared/reference/hts-revision-diff';
import { type ImportedCbpList, type ImportedPortList, onlyCbpCodes } from '#shared/reference/imported-port-list';
import { diffPortLists } from '#shared/reference/port-list-diff';
import { bundledCbpPorts, type CbpPortList } from '#shared/reference/ports';
import { bundledReferenceData, indexReferenceData, type ReferenceIndex } from '#shared/reference/reference-data';
import { htsRevisionLabel, revisionLabelFromFileName, revisionSlug } from '#shared/reference/revision-label';

import type { CbpPortFile } from './cbp-port-file';
import type { HtsExport } from './hts-export-file';
import { licenceImpacts, type ReferenceChange } from './licence-impact';
import type { CensusPortFile } from './port-list-file';
import { readReferenceFileInWorker, type ReferenceFile } from './reference-file';
import { type ImportedTables, type ReferenceStore, withImported } from './reference-store';
import type { ReferenceTableStore } from './reference-table-store';

export interface ReferenceChangesDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly reference: ReferenceStore;
  readonly tables: ReferenceTableStore;
  readonly licences: LicenceService;
  readonly repo: LicenceRepository;
  readonly validator: LicenceValidator;
}

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly label?: string | undefined;
  readonly effectiveFrom?: string | undefined;
  /** The file already read (the CLI reads it before it opens the data folder). */
  readonly read?: ReferenceFile;
}

/** A table in a change: an HTS revision, or a Census or CBP port list with its id and label. */
type Table =
  | { type: 'hts'; revision: HtsRevision }
  | { type: 'ports-census'; list: ImportedPortList }
  | { type: 'ports-cbp'; list: ImportedCbpList };

interface Pending {
  readonly createdAt: number;
  /** The reference version the preview was made against: applying on other data would mislead. */
  readonly baseVersion: string;
  readonly kind: 'add' | 'remove';
  readonly table: Table;
  readonly file: ReferencePreview['file'];
}

const keepPreviews = 4;
/** The id under which the bundled CBP codes are listed (their file's name). */
const bundledCbpId = 'ports-cbp-appendix-e';
const cbpIdOf = (list: CbpPortList) => ('id' in list ? String(list.id) : bundledCbpId);
const previewLifetimeMs = 60 * 60 * 1000;
const sameLabel = (a: string, b: string) => htsRevisionLabel(a).toLowerCase() === htsRevisionLabel(b).toLowerCase();
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const tableFacts = (table: Table) =>
  table.type === 'hts'
    ? {
        id: table.revision.id,
        label: table.revision.label,
        effectiveFrom: table.revision.effectiveFrom,
        source: table.revision.source,
        origin: table.revision.origin ?? null,
        count: table.revision.lines.length,
      }
    : {
        id: table.list.id,
        label: table.list.label,
        effectiveFrom: table.list.asOf,
        source: table.list.source,
        origin: table.list.origin,
        count: table.list.ports.length,
      };

/**
 * Reference data changed by a person, package-manager style: a publisher's file (or a removal) is
 * previewed with what it changes and which open licences it would judge differently, nothing
 * written; the preview is then applied, stored with the file's provenance and an audit entry, and
 * every open licence is re-checked once.
 */
export function createReferenceChanges(deps: ReferenceChangesDeps) {
  const { db, clock, audit, events, reference, tables, licences, repo, validator } = deps;
  const pending = new Map<string, Pending>();
  const today = () => validator.context(emptyDraft()).asOf;

  function remember(entry: Omit<Pending, 'createdAt' | 'baseVersion'>): string {
    const now = clock.now().getTime();
    for (const [key, value] of pending) if (now - value.createdAt > previewLifetimeMs) pending.delete(key);
    const id = newId();
    pending.set(id, { ...entry, createdAt: now, baseVersion: reference.current().version });
    while (pending.size > keepPreviews) pending.delete(pending.keys().next().value!);
    return id;
  }

  /** The imported tables as they would be after the change. */
  function importedAfter(kind: 'add' | 'remove', table: Table): ImportedTables {
    const now = reference.imported();
    const id = tableFacts(table).id;
    const hts = now.hts.filter((r) => r.id !== id);
    const censusPorts = now.censusPorts.filter((l) => l.id !== id);
    const cbpPorts = now.cbpPorts.filter((l) => l.id !== id);
    if (kind === 'add' && table.type === 'hts') hts.push(table.revision);
    if (kind === 'add' && table.type === 'ports-census') censusPorts.push(table.list);
    if (kind === 'add' && table.type === 'ports-cbp') cbpPorts.push(table.list);
    return { hts, censusPorts, cbpPorts };
  }

  /** The day the revision after this one (in `index`) takes over, if any. */
  const untilIn = (index: ReferenceIndex, revision: HtsRevision) =>
    [...index.data.htsRevisions]
      .filter((r) => r.effectiveFrom > revision.effectiveFrom)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0]?.effectiveFrom ?? null;

  function preview(kind: 'add' | 'remove', table: Table, file: Pending['file'], notes: string[]): ReferencePreview {
    const current = reference.current();
    const candidate = indexReferenceData(withImported(bundledReferenceData, importedAfter(kind, table)));
    const facts = tableFacts(table);
    const change: ReferenceChange = { kind, table };
    let until: string | null = null;
    let comparedWith: ReferencePreview['comparedWith'] = null;
    let lines: ReferencePreview['lines'] = null;
    let coverage: ReferencePreview['coverage'] = null;
    let ports: ReferencePreview['ports'] = null;
    if (table.type === 'hts') {
      const revision = table.revision;
      // Import: against the revision it follows. Removal: against the one that applies again.
      const other = (kind === 'add' ? current : candidate).htsOn(revision.effectiveFrom).revision;
      const scope = candidate.htsOn(revision.effectiveFrom).scope;
      const diff = kind === 'add' ? diffRevisions(other, revision, scope) : diffRevisions(revision, other, scope);
      until = untilIn(kind === 'add' ? candidate : current, revision);
      if (until)
        notes.push(
          `${revision.label} applies from ${displayDate(revision.effectiveFrom)} until ${displayDate(until)}, when a newer revision takes over.`,
        );
      if (other.id !== revision.id) comparedWith = { id: other.id, label: other.label };
      lines = { added: [...diff.added], removed: [...diff.removed], redescribed: [...diff.redescribed] };
      coverage = {
        before: diff.coveredBefore,
        after: diff.coveredAfter,
        added: [...diff.coveredAdded],
        removed: [...diff.coveredRemoved],
      };
    } else {
      // Census: the list in force; CBP: its codes beyond the Census list, as the rules see them.
      const cbp = table.type === 'ports-cbp';
      // Both sides narrowed alike, so a code the bundled CBP codes share with Census (4671) is no change.
      const listOf = (index: ReferenceIndex) =>
        cbp ? onlyCbpCodes(index.data.cbpPorts ?? bundledCbpPorts, index.data.ports) : index.data.ports;
      const before = listOf(current);
      const after = listOf(candidate);
      const bundledLabel = cbp ? 'the bundled CBP codes' : 'the bundled Census Schedule D list';
      const label = (list: { asOf: string }) => ('label' in list ? String(list.label) : bundledLabel);
      const idOf = (list: { asOf: string }) =>
        'id' in list ? String(list.id) : cbp ? bundledCbpId : 'ports-schedule-d';
      if (kind === 'add' && idOf(after) !== table.list.id)
        notes.push(
          `${label(after)} (as of ${displayDate(after.asOf)}) was published later and stays in force; this list is kept beside it.`,
        );
      if (cbp && kind === 'add')
        notes.push(
          'Codes the Census list also has keep their Census names; the codes listed here are those only CBP has.',
        );
      const other = kind === 'add' ? before : after;
      comparedWith = { id: idOf(other), label: label(other) };
      ports = diffPortLists(before, after);
    }
    const previewId = remember({ kind, table, file });
    return {
      previewId,
      change: kind,
      table: {
        id: facts.id,
        kind: table.type,
        label: facts.label,
        effectiveFrom: facts.effectiveFrom,
        until,
        source: facts.source,
        origin: facts.origin,
      },
      file,
      comparedWith,
      lines,
      coverage,
      ports,
      licences: licenceImpacts({ db, repo, validator, current, candidate, change }),
      notes,
    };
  }

  /** Refuses a file already in the app (by its SHA-256), whatever it was imported as. */
  function refuseKnownFile(fileName: string, sha256: string): void {
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

  function htsTable(request: ImportRequest, read: HtsExport, sha256: string, notes: string[]): Table {
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

  function censusTable(request: ImportRequest, read: CensusPortFile, sha256: string, notes: string[]): Table {
    const asOf = read.producedOn ?? request.effectiveFrom;
    if (!asOf) {
      throw new AppError(
        'VALIDATION',
        `${request.fileName} does not say when it was produced (no "Produced …" line): give the date of the list.`,
        { issues: [{ path: 'effectiveFrom', message: 'Give the date the list was produced.' }] },
      );
    }
    if (read.producedOn && request.effectiveFrom && request.effectiveFrom !== read.producedOn)
      notes.push(`The list says it was produced in ${displayDate(read.producedOn)}; that date is used.`);
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

  function cbpTable(request: ImportRequest, read: CbpPortFile, sha256: string, notes: string[]): Table {
    const asOf = read.publishedOn ?? request.effectiveFrom;
    if (!asOf) {
      throw new AppError(
        'VALIDATION',
        `${request.fileName} does not say on its first page when CBP published it: give the date of the list.`,
        { issues: [{ path: 'effectiveFrom', message: 'Give the date CBP published the list.' }] },
      );
    }
    if (read.publishedOn && request.effectiveFrom && request.effectiveFrom !== read.publishedOn)
      notes.push(`The list says it is of ${displayDate(read.publishedOn)}; that date is used.`);
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

  async function previewImport(request: ImportRequest): Promise<ReferencePreview> {
    const read = request.read ?? (await readReferenceFileInWorker(request.bytes, request.fileName));
    const sha256 = sha256Of(request.bytes);
    refuseKnownFile(request.fileName, sha256);
    const notes: string[] = [];
    if (read.type === 'hts') {
      const table = htsTable(request, read.hts, sha256, notes);
      return preview(
        'add',
        table,
        { format: read.hts.format, rows: read.hts.rowCount, lines: read.hts.lines.length },
        notes,
      );
    }
    if (read.type === 'ports-cbp') {
      const table = cbpTable(request, read.ports, sha256, notes);
      return preview(
        'add',
        table,
        { format: 'pdf', rows: read.ports.ports.length, lines: read.ports.ports.length },
        notes,
      );
    }
    const table = censusTable(request, read.ports, sha256, notes);
    return preview(
      'add',
      table,
      { format: 'text', rows: read.ports.ports.length + read.ports.districts, lines: read.ports.ports.length },
      notes,
    );
  }

  function previewRemoval(id: string): ReferencePreview {
    const imported = reference.imported();
    const revision = imported.hts.find((r) => r.id === id);
    if (revision) return preview('remove', { type: 'hts', revision }, null, []);
    const list = imported.censusPorts.find((l) => l.id === id);
    if (list) return preview('remove', { type: 'ports-census', list }, null, []);
    const cbpList = imported.cbpPorts.find((l) => l.id === id);
    if (cbpList) return preview('remove', { type: 'ports-cbp', list: cbpList }, null, []);
    const bundled = reference.current().data.htsRevisions.find((r) => r.id === id);
    if (bundled) throw new AppError('CONFLICT', `${bundled.label} comes with the app and cannot be removed.`);
    if (id === 'ports-schedule-d')
      throw new AppError('CONFLICT', 'The bundled Census Schedule D list comes with the app and cannot be removed.');
    if (id === bundledCbpId)
      throw new AppError('CONFLICT', 'The bundled CBP port codes come with the app and cannot be removed.');
    throw new AppError('NOT_FOUND', `No imported reference table has the id ${id}.`, { id });
  }

  function apply(previewId: string): ReferenceApplied {
    const entry = pending.get(previewId);
    if (!entry)
      throw new AppError('NOT_FOUND', 'That preview has expired or was already applied: preview the change again.');
    if (entry.baseVersion !== reference.current().version) {
      pending.delete(previewId);
      throw new AppError('CONFLICT', 'The reference data changed since this preview: preview the change again.');
    }
    const importedAt = clock.now().toISOString();
    const stamp = <T extends { origin?: HtsRevision['origin'] }>(table: T): T =>
      entry.kind === 'add' && table.origin ? { ...table, origin: { ...table.origin, importedAt } } : table;
    const table: Table =
      entry.table.type === 'hts'
        ? { type: 'hts', revision: stamp(entry.table.revision) }
        : entry.table.type === 'ports-census'
          ? { type: 'ports-census', list: stamp(entry.table.list) }
          : { type: 'ports-cbp', list: stamp(entry.table.list) };
    const facts = tableFacts(table);
    const trail = {
      kind: table.type,
      label: facts.label,
      effectiveFrom: facts.effectiveFrom,
      fileName: facts.origin?.fileName ?? null,
      sha256: facts.origin?.sha256 ?? null,
      bytes: facts.origin?.bytes ?? null,
      importedAt: facts.origin?.importedAt ?? null,
      format: entry.file?.format ?? null,
      rows: entry.file?.rows ?? null,
      lines: facts.count,
    };
    db.transaction(() => {
      if (entry.kind === 'add') {
        if (table.type === 'hts') tables.insertHts(table.revision);
        else if (table.type === 'ports-census') tables.insertCensusPortList(table.list);
        else tables.insertCbpList(table.list);
        audit.append({ entity: 'reference', entityId: facts.id, action: 'import', after: trail });
      } else {
        if (!tables.remove(facts.id)) throw new AppError('NOT_FOUND', `${facts.label} was already removed.`);
        audit.append({ entity: 'reference', entityId: facts.id, action: 'remove', before: trail });
      }
    })();
    pending.delete(previewId);
    const index = reference.reload();
    // Once, here: the licences now carry this data version, so the start-up check skips them.
    const report = licences.revalidateOpen();
    events.emit('reference.changed', { version: index.version });
    return {
      change: entry.kind,
      tableId: facts.id,
      label: facts.label,
      version: index.version,
      checked: report.checked,
      nowValid: report.changed.filter((c) => c.valid).map(({ id, reference, status }) => ({ id, reference, status })),
      nowInvalid: report.changed
        .filter((c) => !c.valid)
        .map(({ id, reference, status, issues }) => ({
          id,
          reference,
          status,
          issues: issues.filter((i) => i.severity === 'error'),
        })),
    };
  }

  function list(): ReferenceTables {
    const index = reference.current();
    const day = today();
    const revisions = [...index.data.htsRevisions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const inForceToday = index.htsOn(day).revision.id;
    const bundledPorts = bundledReferenceData.ports;
    const portLists = [bundledPorts, ...reference.imported().censusPorts].sort((a, b) => a.asOf.localeCompare(b.asOf));
    const cbpLists = [bundledCbpPorts, ...reference.imported().cbpPorts].sort((a, b) => a.asOf.localeCompare(b.asOf));
    return {
      version: index.version,
      today: day,
      freshness: referenceFreshness(index.data, day),
      tables: [
        ...revisions.map((revision, i) => ({
          id: revision.id,
          kind: 'hts' as const,
          label: revision.label,
          effectiveFrom: revision.effectiveFrom,
          until: revisions[i + 1]?.effectiveFrom ?? null,
          inForceToday: revision.id === inForceToday,
          source: revision.source,
          origin: revision.origin ?? null,
          count: revision.lines.length,
          coveredCount: coveredLines(revision, inForce(index.data.coveredScope.revisions, revision.effectiveFrom))
            .length,
          removable: revision.origin?.kind === 'imported',
        })),
        ...portLists.map((ports) => {
          const imported = 'id' in ports ? (ports as ImportedPortList) : null;
          return {
            id: imported?.id ?? 'ports-schedule-d',
            kind: 'ports-census' as const,
            label: imported?.label ?? 'Census Schedule D port list',
            effectiveFrom: ports.asOf,
            until: null,
            inForceToday:
              ('id' in index.data.ports ? (index.data.ports as ImportedPortList).id : 'ports-schedule-d') ===
              (imported?.id ?? 'ports-schedule-d'),
            // The bundled list's source names its file in this repository; people need the publication.
            source: ports.source.replace(/; assets\/\S+$/, ''),
            origin: imported?.origin ?? null,
            count: ports.ports.length,
            coveredCount: null,
            removable: imported !== null,
          };
        }),
        ...cbpLists.map((list) => {
          const imported = 'id' in list ? (list as ImportedCbpList) : null;
          return {
            id: imported?.id ?? bundledCbpId,
            kind: 'ports-cbp' as const,
            label: imported?.label ?? 'CBP port codes beyond the Census list',
            effectiveFrom: list.asOf,
            until: null,
            inForceToday: cbpIdOf(index.data.cbpPorts ?? bundledCbpPorts) === (imported?.id ?? bundledCbpId),
            source: list.source.replace(/; assets\/\S+$/, ''),
            origin: imported?.origin ?? null,
            count: list.ports.length,
            coveredCount: null,
            removable: imported !== null,
          };
        }),
      ],
    };
  }

  return { previewImport, previewRemoval, apply, list };
}
export type ReferenceChanges = ReturnType<typeof createReferenceChanges>;
