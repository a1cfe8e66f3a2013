import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { ReferenceApplied, ReferencePreview, ReferenceTables } from '../../../shared/contract/reference';
import { displayDate } from '../../../shared/dates/iso-date';
import { emptyDraft } from '../../../shared/licence/licence-schema';
import { referenceFreshness } from '../../../shared/reference/freshness';
import { coveredLines, inForce, type HtsRevision } from '../../../shared/reference/hts';
import { diffRevisions } from '../../../shared/reference/hts-revision-diff';
import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceIndex,
} from '../../../shared/reference/reference-data';
import { htsRevisionLabel, revisionLabelFromFileName, revisionSlug } from '../../../shared/reference/revision-label';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import { newId } from '../ids';
import type { LicenceRepository } from '../licences/licence-repository';
import type { LicenceService } from '../licences/licence-service';
import type { LicenceValidator } from '../licences/licence-validator';
import type { HtsExport } from './hts-export-file';
import { readHtsExportFile } from './read-reference-file';
import { licenceImpacts, type ReferenceChange } from './licence-impact';
import type { ReferenceTableStore } from './reference-table-store';
import { withImported, type ReferenceStore } from './reference-store';

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
  readonly read?: HtsExport;
}

interface Pending {
  readonly createdAt: number;
  /** The reference version the preview was made against: applying on other data would mislead. */
  readonly baseVersion: string;
  readonly change: ReferenceChange;
  readonly file: { format: 'csv' | 'json'; rows: number } | null;
}

const keepPreviews = 4;
const previewLifetimeMs = 60 * 60 * 1000;
const sameLabel = (a: string, b: string) => htsRevisionLabel(a).toLowerCase() === htsRevisionLabel(b).toLowerCase();

/**
 * Reference data changed by a person, package-manager style: a file (or a removal) is previewed
 * with what it changes and which open licences it would judge differently, nothing written; the
 * preview is then applied, stored with the file's provenance and an audit entry, and every open
 * licence is re-checked once.
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

  const candidateFor = (change: ReferenceChange): ReferenceIndex => {
    const imported = reference.imported().filter((r) => r.id !== change.revision.id);
    return indexReferenceData(
      withImported(bundledReferenceData, change.kind === 'add' ? [...imported, change.revision] : imported),
    );
  };

  /** The day the revision after this one (in `index`) takes over, if any. */
  const untilIn = (index: ReferenceIndex, revision: HtsRevision) =>
    [...index.data.htsRevisions]
      .filter((r) => r.effectiveFrom > revision.effectiveFrom)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0]?.effectiveFrom ?? null;

  function preview(change: ReferenceChange, file: Pending['file'], notes: string[]): ReferencePreview {
    const current = reference.current();
    const candidate = candidateFor(change);
    const revision = change.revision;
    // Import: against the revision it follows. Removal: against the one that applies again.
    const other =
      change.kind === 'add'
        ? current.htsOn(revision.effectiveFrom).revision
        : candidate.htsOn(revision.effectiveFrom).revision;
    const scope = candidate.htsOn(revision.effectiveFrom).scope;
    const diff = change.kind === 'add' ? diffRevisions(other, revision, scope) : diffRevisions(revision, other, scope);
    const until = untilIn(change.kind === 'add' ? candidate : current, revision);
    if (until)
      notes.push(
        `${revision.label} applies from ${displayDate(revision.effectiveFrom)} until ${displayDate(until)}, when a newer revision takes over.`,
      );
    const previewId = remember({ change, file });
    return {
      previewId,
      change: change.kind,
      table: {
        id: revision.id,
        kind: 'hts',
        label: revision.label,
        effectiveFrom: revision.effectiveFrom,
        until,
        source: revision.source,
        origin: revision.origin ?? null,
      },
      file: file ? { ...file, lines: revision.lines.length } : null,
      comparedWith: other.id === revision.id ? null : { id: other.id, label: other.label },
      lines: { added: [...diff.added], removed: [...diff.removed], redescribed: [...diff.redescribed] },
      coverage: {
        before: diff.coveredBefore,
        after: diff.coveredAfter,
        added: [...diff.coveredAdded],
        removed: [...diff.coveredRemoved],
      },
      licences: licenceImpacts({ db, repo, validator, current, candidate, change }),
      notes,
    };
  }

  async function previewImport(request: ImportRequest): Promise<ReferencePreview> {
    const read = request.read ?? (await readHtsExportFile(request.bytes, request.fileName));
    const sha256 = createHash('sha256').update(request.bytes).digest('hex');
    const label = request.label?.trim() || revisionLabelFromFileName(request.fileName);
    if (!label) {
      throw new AppError(
        'VALIDATION',
        `${request.fileName} does not say which HTS revision it is: give its label, e.g. "2026 Revision 5".`,
        { issues: [{ path: 'label', message: 'Give the revision a label, e.g. "2026 Revision 5".' }] },
      );
    }
    const notes: string[] = [];
    const effectiveFrom = request.effectiveFrom ?? today();
    if (!request.effectiveFrom)
      notes.push(`No effective date was given: it takes effect today, ${displayDate(effectiveFrom)}.`);
    const current = reference.current();
    for (const existing of current.data.htsRevisions) {
      const where = existing.origin?.kind === 'imported' ? 'imported' : 'bundled with the app';
      if (existing.origin?.sha256 === sha256)
        throw new AppError(
          'CONFLICT',
          `${request.fileName} is already in the app: it is ${existing.label} (${where}).`,
        );
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
    const fullLabel = htsRevisionLabel(label);
    const slug = revisionSlug(fullLabel) ?? sha256.slice(0, 8);
    const revision: HtsRevision = {
      id: `hts-${slug}-${effectiveFrom.replace(/-/g, '')}`,
      label: fullLabel,
      effectiveFrom,
      sourceDate: effectiveFrom,
      source: `USITC Harmonized Tariff Schedule, ${fullLabel.replace(/^HTS /, '')} (${read.format.toUpperCase()} export), chapter 76; imported from ${request.fileName}`,
      origin: { kind: 'imported', fileName: request.fileName, sha256, bytes: request.bytes.byteLength },
      lines: read.lines.map(({ hts10, description, unit }) => ({ hts10, description, unit })),
    };
    if (effectiveFrom < today())
      notes.push(`${displayDate(effectiveFrom)} is in the past: licences importing from that day on are judged by it.`);
    return preview({ kind: 'add', revision }, { format: read.format, rows: read.rowCount }, notes);
  }

  function previewRemoval(id: string): ReferencePreview {
    const revision = reference.imported().find((r) => r.id === id);
    if (!revision) {
      const bundled = reference.current().data.htsRevisions.find((r) => r.id === id);
      if (bundled) throw new AppError('CONFLICT', `${bundled.label} comes with the app and cannot be removed.`);
      throw new AppError('NOT_FOUND', `No imported HTS revision has the id ${id}.`, { id });
    }
    return preview({ kind: 'remove', revision }, null, []);
  }

  function apply(previewId: string): ReferenceApplied {
    const entry = pending.get(previewId);
    if (!entry)
      throw new AppError('NOT_FOUND', 'That preview has expired or was already applied: preview the change again.');
    if (entry.baseVersion !== reference.current().version) {
      pending.delete(previewId);
      throw new AppError('CONFLICT', 'The reference data changed since this preview: preview the change again.');
    }
    const { change } = entry;
    const importedAt = clock.now().toISOString();
    const revision: HtsRevision =
      change.kind === 'add' && change.revision.origin
        ? { ...change.revision, origin: { ...change.revision.origin, importedAt } }
        : change.revision;
    const facts = {
      label: revision.label,
      effectiveFrom: revision.effectiveFrom,
      fileName: revision.origin?.fileName ?? null,
      sha256: revision.origin?.sha256 ?? null,
      bytes: revision.origin?.bytes ?? null,
      importedAt: revision.origin?.importedAt ?? null,
      format: entry.file?.format ?? null,
      rows: entry.file?.rows ?? null,
      lines: revision.lines.length,
    };
    db.transaction(() => {
      if (change.kind === 'add') {
        tables.insertHts(revision);
        audit.append({ entity: 'reference', entityId: revision.id, action: 'import', after: facts });
      } else {
        if (!tables.remove(revision.id)) throw new AppError('NOT_FOUND', `${revision.label} was already removed.`);
        audit.append({ entity: 'reference', entityId: revision.id, action: 'remove', before: facts });
      }
    })();
    pending.delete(previewId);
    const index = reference.reload();
    // Once, here: the licences now carry this data version, so the start-up check skips them.
    const report = licences.revalidateOpen();
    events.emit('reference.changed', { version: index.version });
    return {
      change: change.kind,
      tableId: revision.id,
      label: revision.label,
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
        {
          id: 'ports-schedule-d',
          kind: 'ports' as const,
          label: 'Census Schedule D port list',
          effectiveFrom: index.data.ports.asOf,
          until: null,
          inForceToday: true,
          // The bundled list's source names its file in this repository; people need the publication.
          source: index.data.ports.source.replace(/; assets\/\S+$/, ''),
          origin: null,
          count: index.data.ports.ports.length,
          coveredCount: null,
          removable: false,
        },
      ],
    };
  }

  return { previewImport, previewRemoval, apply, list };
}
export type ReferenceChanges = ReturnType<typeof createReferenceChanges>;
