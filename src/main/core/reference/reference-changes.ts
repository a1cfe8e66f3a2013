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
import type { ReferenceApplied, ReferencePreview } from '#shared/contract/reference';
import { displayDate } from '#shared/dates/iso-date';
import { emptyDraft } from '#shared/licences/licence-schema';
import type { HtsRevision } from '#shared/reference/hts';
import { diffRevisions } from '#shared/reference/hts-revision-diff';
import { onlyCbpCodes } from '#shared/reference/imported-port-list';
import { diffPortLists } from '#shared/reference/port-list-diff';
import { bundledCbpPorts } from '#shared/reference/ports';
import { bundledReferenceData, indexReferenceData, type ReferenceIndex } from '#shared/reference/reference-data';

import { licenceImpacts, type ReferenceChange } from './licence-impact';
import { readReferenceFileInWorker } from './reference-file';
import { type ImportedTables, type ReferenceStore, withImported } from './reference-store';
import { bundledCbpId, type Table, tableFacts } from './reference-table';
import { listReferenceTables } from './reference-table-list';
import type { ReferenceTableStore } from './reference-table-store';
import { cbpTable, censusTable, htsTable, type ImportRequest, refuseKnownFile } from './table-from-file';

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

interface Pending {
  readonly createdAt: number;
  /** The reference version the preview was made against: applying on other data would mislead. */
  readonly baseVersion: string;
  readonly kind: 'add' | 'remove';
  readonly table: Table;
  readonly file: ReferencePreview['file'];
}

const keepPreviews = 4;
const previewLifetimeMs = 60 * 60 * 1000;
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

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

  async function previewImport(request: ImportRequest): Promise<ReferencePreview> {
    const read = request.read ?? (await readReferenceFileInWorker(request.bytes, request.fileName));
    const sha256 = sha256Of(request.bytes);
    refuseKnownFile(reference, request.fileName, sha256);
    const notes: string[] = [];
    if (read.type === 'hts') {
      const table = htsTable(request, read.hts, sha256, notes, { reference, today });
      return preview(
        'add',
        table,
        { format: read.hts.format, rows: read.hts.rowCount, lines: read.hts.lines.length },
        notes,
      );
    }
    if (read.type === 'ports-cbp') {
      const table = cbpTable(request, read.ports, sha256, notes, { reference, today });
      return preview(
        'add',
        table,
        { format: 'pdf', rows: read.ports.ports.length, lines: read.ports.ports.length },
        notes,
      );
    }
    const table = censusTable(request, read.ports, sha256, notes, { reference, today });
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

  const list = () => listReferenceTables(reference, today());

  return { previewImport, previewRemoval, apply, list };
}
export type ReferenceChanges = ReturnType<typeof createReferenceChanges>;
