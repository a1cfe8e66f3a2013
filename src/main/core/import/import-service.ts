import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { AppError } from '../../../shared/contract';
import type { ImportPreview, PreviewedLicence } from '../../../shared/contract/imports';
import type { ColumnMapping } from '../../../shared/import/column-mapping';
import { applyMapping, isCanonical, missingRequired, suggestMapping } from '../../../shared/import/column-mapping';
import { checkParsedLicence, type CheckedLicence } from '../../../shared/import/check-parsed-licences';
import { rowsToLicences, type ParsedLicence } from '../../../shared/import/rows-to-licences';
import { emptyDraft, type ValidationSummary } from '../../../shared/licence/licence-schema';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { idsForEvent, type EventBus } from '../events';
import { newId } from '../ids';
import type { LicenceRepository } from '../licences/licence-repository';
import type { LicenceValidator } from '../licences/licence-validator';
import { readTable } from './read-table';

interface PendingImport {
  readonly fileName: string;
  readonly createdAt: number;
  readonly licences: readonly { parsed: ParsedLicence; checked: CheckedLicence; summary: ValidationSummary }[];
}

export interface ImportServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly repo: LicenceRepository;
  readonly validator: LicenceValidator;
}

const keepPreviews = 4;
const previewLifetimeMs = 60 * 60 * 1000;
const chunk = 500;

/**
 * Bulk import: read a file, preview every row's problems with nothing written, then commit the
 * previewed licences as drafts in one transaction (all or nothing).
 */
export function createImportService({ db, clock, audit, events, repo, validator }: ImportServiceDeps) {
  const pending = new Map<string, PendingImport>();
  // NOCASE, so the lookup uses the register's reference index instead of scanning every licence.
  const existingRef = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM licences WHERE reference = ? COLLATE NOCASE AND reference <> ''",
  );

  function remember(id: string, entry: PendingImport): void {
    const now = clock.now().getTime();
    for (const [key, value] of pending) if (now - value.createdAt > previewLifetimeMs) pending.delete(key);
    pending.set(id, entry);
    while (pending.size > keepPreviews) pending.delete(pending.keys().next().value!);
  }

  async function preview(fileName: string, bytes: Uint8Array, requested?: ColumnMapping): Promise<ImportPreview> {
    const importId = newId();
    const progress = (phase: 'reading' | 'checking', done: number, total: number) =>
      events.emit('import.progress', { importId, phase, done, total });
    progress('reading', 0, 1);
    const table = await readTable(bytes, fileName);
    const mapping = requested ?? suggestMapping(table.headers);
    const today = validator.context(emptyDraft());
    const missing = missingRequired(mapping);
    const base = {
      fileName,
      format: table.format,
      headers: table.headers,
      mapping,
      canonical: isCanonical(table.headers),
      missingColumns: missing,
      rowCount: table.rows.length,
      dataVersion: today.reference.version,
      asOf: today.asOf,
    };
    if (missing.length > 0) {
      return { ...base, importId: null, licenceCount: 0, validCount: 0, errorCount: 0, warningCount: 0, licences: [] };
    }
    const parsed = rowsToLicences(table.rows.map((r) => ({ row: r.row, values: applyMapping(r.cells, mapping) })));
    const results: PendingImport['licences'][number][] = [];
    // One "today" and one check time for the whole file: every row is judged on the same date.
    const validatedAt = clock.now().toISOString();
    for (let start = 0; start < parsed.length; start += chunk) {
      for (const licence of parsed.slice(start, start + chunk)) {
        const ctx = validator.context(licence.draft, {}, today.asOf);
        const checked = checkParsedLicence(licence, ctx);
        let errors = 0;
        let warnings = 0;
        for (const issue of checked.issues) {
          if (issue.severity === 'error') errors += 1;
          else if (issue.severity === 'warning') warnings += 1;
        }
        results.push({
          parsed: licence,
          checked,
          summary: { errors, warnings, dataVersion: ctx.reference.version, asOf: ctx.asOf, validatedAt },
        });
      }
      progress('checking', Math.min(start + chunk, parsed.length), parsed.length);
      // Let the host deliver the progress event (and other requests) between chunks.
      await yieldToEvents();
    }
    remember(importId, { fileName, createdAt: clock.now().getTime(), licences: results });
    const licences: PreviewedLicence[] = results.map(({ checked }) => ({
      ref: checked.ref,
      rows: [...checked.rows],
      lineCount: checked.rows.length,
      valid: checked.valid,
      existing: checked.ref !== '' && existingRef.get(checked.ref)!.n > 0,
      issues: [...checked.issues],
    }));
    return {
      ...base,
      importId,
      licenceCount: licences.length,
      validCount: licences.filter((l) => l.valid).length,
      errorCount: results.reduce((n, r) => n + r.summary.errors, 0),
      warningCount: results.reduce((n, r) => n + r.summary.warnings, 0),
      licences,
    };
  }

  function commit(importId: string, skipInvalid: boolean): { created: string[]; skipped: number } {
    const batch = pending.get(importId);
    if (!batch) {
      throw new AppError(
        'NOT_FOUND',
        'This preview is no longer available (it expires after an hour or after newer previews). Preview the file again.',
        { importId },
      );
    }
    const chosen = skipInvalid ? batch.licences.filter((l) => l.checked.valid) : batch.licences;
    const at = clock.now().toISOString();
    const created = db.transaction(() => {
      const ids = chosen.map(({ parsed, summary }) => repo.insert(parsed.draft, at, summary));
      audit.appendMany(
        chosen.map(({ parsed }, i) => ({
          entity: 'licence' as const,
          entityId: ids[i]!,
          action: 'import',
          after: { id: ids[i]!, status: 'draft', file: batch.fileName, rows: parsed.rows, ...parsed.draft },
        })),
      );
      return ids;
    })();
    pending.delete(importId);
    events.emit('licences.changed', { ids: idsForEvent(created), reason: 'imported' });
    return { created, skipped: batch.licences.length - chosen.length };
  }

  return { preview, commit };
}
