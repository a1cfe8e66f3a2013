import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { type EventBus, idsForEvent } from '#core/events';
import { newId } from '#core/ids';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceValidator } from '#core/licences/licence-validator';
import { startTask, type TaskReporter } from '#core/tasks/task-progress';
import { AppError } from '#shared/contract';
import type { ImportPreview, PreviewedLicence } from '#shared/contract/imports';
import { type CheckedLicence, checkParsedLicence } from '#shared/imports/check-parsed-licences';
import type { ColumnMapping } from '#shared/imports/column-mapping';
import { isCanonical, mappedRowReader, missingRequired, suggestMapping } from '#shared/imports/column-mapping';
import { issueValues, previewFacts } from '#shared/imports/preview-values';
import { type ParsedLicence, rowsToLicences } from '#shared/imports/rows-to-licences';
import { emptyDraft, type ValidationSummary } from '#shared/licences/licence-schema';

import { readTableValues } from './read-table';

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
  // Which of the file's references the register already has, in one statement for the whole
  // file; NOCASE, so each lookup uses the register's reference index instead of a scan.
  const existingRefs = db
    .prepare<[string], string>(
      `SELECT DISTINCT f.value FROM json_each(?) AS f
       WHERE EXISTS (SELECT 1 FROM licences WHERE reference = f.value COLLATE NOCASE)`,
    )
    .pluck();

  function remember(id: string, entry: PendingImport): void {
    const now = clock.now().getTime();
    for (const [key, value] of pending) if (now - value.createdAt > previewLifetimeMs) pending.delete(key);
    pending.set(id, entry);
    while (pending.size > keepPreviews) pending.delete(pending.keys().next().value!);
  }

  async function preview(fileName: string, bytes: Uint8Array, requested?: ColumnMapping): Promise<ImportPreview> {
    const importId = newId();
    const progress = startTask(events, 'import', `Reading ${fileName}`);
    try {
      const result = await checkFile(importId, fileName, bytes, requested, progress);
      progress.finish(`Checked ${result.licenceCount} licences`);
      return result;
    } catch (error) {
      progress.fail();
      throw error;
    }
  }

  async function checkFile(
    importId: string,
    fileName: string,
    bytes: Uint8Array,
    requested: ColumnMapping | undefined,
    progress: TaskReporter,
  ): Promise<ImportPreview> {
    const table = await readTableValues(bytes, fileName);
    const headers = table.headers.filter((h) => h !== '');
    const mapping = requested ?? suggestMapping(headers);
    const today = validator.context(emptyDraft());
    const missing = missingRequired(mapping);
    const base = {
      fileName,
      format: table.format,
      headers,
      mapping,
      canonical: isCanonical(headers),
      missingColumns: missing,
      rowCount: table.rows.length,
      dataVersion: today.reference.version,
      asOf: today.asOf,
    };
    if (missing.length > 0) {
      return { ...base, importId: null, licenceCount: 0, validCount: 0, errorCount: 0, warningCount: 0, licences: [] };
    }
    const read = mappedRowReader(table.headers, mapping);
    const parsed = rowsToLicences(table.rows.map((r) => ({ row: r.row, values: read(r.values) })));
    const results: PendingImport['licences'][number][] = [];
    // One "today" and one check time for the whole file: every row is judged on the same date,
    // so licences with the same counts share one summary (and the commit serialises it once).
    const validatedAt = clock.now().toISOString();
    const summaries = new Map<number, ValidationSummary>();
    const summaryOf = (errors: number, warnings: number): ValidationSummary => {
      const key = errors * 0x10000 + warnings;
      let summary = summaries.get(key);
      if (!summary) {
        summary = { errors, warnings, dataVersion: today.reference.version, asOf: today.asOf, validatedAt };
        summaries.set(key, summary);
      }
      return summary;
    };
    for (let start = 0; start < parsed.length; start += chunk) {
      for (const licence of parsed.slice(start, start + chunk)) {
        // A new draft's context does not depend on its content: one for the whole file.
        const checked = checkParsedLicence(licence, today);
        let errors = 0;
        let warnings = 0;
        for (const issue of checked.issues) {
          if (issue.severity === 'error') errors += 1;
          else if (issue.severity === 'warning') warnings += 1;
        }
        results.push({ parsed: licence, checked, summary: summaryOf(errors, warnings) });
      }
      // Let the host deliver the progress event (and other requests) between chunks.
      await progress.stepAndYield('Checking licences', Math.min(start + chunk, parsed.length), parsed.length);
    }
    remember(importId, { fileName, createdAt: clock.now().getTime(), licences: results });
    const refs = results.map(({ checked }) => checked.ref).filter((ref) => ref !== '');
    const existing = new Set(existingRefs.all(JSON.stringify(refs)));
    const licences: PreviewedLicence[] = results.map(({ parsed: licence, checked }) => ({
      ref: checked.ref,
      rows: checked.rows as number[],
      lineCount: checked.rows.length,
      valid: checked.valid,
      existing: checked.ref !== '' && existing.has(checked.ref),
      issues: [...checked.issues],
      facts: previewFacts(licence.draft),
      values: issueValues(licence.draft, checked.issues),
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
    // One transaction, so no step in between: the step is on its way to the windows before it starts.
    const progress = startTask(events, 'import', `Writing ${chosen.length.toLocaleString('en-US')} licences`);
    let created: string[];
    try {
      created = write(chosen, batch.fileName, at);
    } catch (error) {
      progress.fail();
      throw error;
    }
    progress.finish(`Imported ${created.length.toLocaleString('en-US')} licences`);
    pending.delete(importId);
    events.emit('licences.changed', { ids: idsForEvent(created), reason: 'imported' });
    return { created, skipped: batch.licences.length - chosen.length };
  }

  function write(chosen: PendingImport['licences'], fileName: string, at: string): string[] {
    return db.transaction(() => {
      const ids = repo.insertMany(
        chosen.map(({ parsed, summary }) => ({ draft: parsed.draft, validation: summary })),
        at,
      );
      audit.appendMany(
        chosen.map(({ parsed }, i) => ({
          entity: 'licence' as const,
          entityId: ids[i]!,
          action: 'import',
          after: { id: ids[i]!, status: 'draft', file: fileName, rows: parsed.rows, ...parsed.draft },
        })),
      );
      return ids;
    })();
  }

  return { preview, commit };
}
