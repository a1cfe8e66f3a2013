import Papa from 'papaparse';

import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { LicenceService } from '#core/licences/licence-service';
import type { ReferenceStore } from '#core/reference/reference-store';
import { AppError } from '#shared/contract';
import { formatEntryNumber, normaliseEntryNumber } from '#shared/licences/entry-number';
import type { LicenceStatus } from '#shared/licences/licence-status';
import { buildHandoff, handoffCsvRows } from '#shared/reports/build-handoff';
import type { Handoff, HandoffEntry } from '#shared/reports/handoff-schema';
import type { AppSettings } from '#shared/settings/app-settings';

export interface HandoffServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly reference: ReferenceStore;
  readonly settings: () => AppSettings;
  readonly licences: LicenceService;
}

interface EntryRow {
  entry_number: string;
  licences: number;
  lines: number;
  first_import: string;
  imported: number;
  statuses: string;
}

// A licence is on an entry when it was used on it (recorded with the date of importation), or, until
// it is used anywhere, when it names the entry (field 02). Cancelled and expired licences that were
// never used are left out: they can no longer be reported, and a replacement usually names the entry.
const onEntrySql = `
  SELECT u.entry_number, l.id, l.line_count, u.import_date AS date, 1 AS imported, l.status, l.created_at
    FROM licence_uses u JOIN licences l ON l.id = u.licence_id
  UNION ALL
  SELECT l.entry_number, l.id, l.line_count, l.expected_import_date AS date, 0 AS imported, l.status, l.created_at
    FROM licences l
    WHERE l.entry_number <> '' AND l.use_count = 0 AND l.status NOT IN ('cancelled', 'expired')`;

/** The broker hand-off, per customs entry. */
export function createHandoffService({ db, clock, reference, settings, licences }: HandoffServiceDeps) {
  const entries = db.prepare<[], EntryRow>(`
    SELECT entry_number, count(*) AS licences, sum(line_count) AS lines, min(date) AS first_import,
      max(imported) AS imported, group_concat(DISTINCT status) AS statuses
    FROM (${onEntrySql})
    GROUP BY entry_number ORDER BY first_import DESC, entry_number LIMIT 1000`);
  const onEntry = db.prepare<[string], { id: string }>(
    `SELECT id FROM (${onEntrySql}) WHERE entry_number = ? ORDER BY date, created_at, id`,
  );

  return {
    entries(): HandoffEntry[] {
      return entries.all().map((row) => ({
        entryNumber: row.entry_number,
        entryNumberFormatted: formatEntryNumber(row.entry_number),
        licenceCount: row.licences,
        lineCount: row.lines,
        firstImportDate: row.first_import,
        imported: row.imported === 1,
        statuses: row.statuses.split(',') as LicenceStatus[],
      }));
    },

    entry(entryNumber: string) {
      const entry = normaliseEntryNumber(entryNumber);
      const handoff: Handoff = db.transaction(() => {
        const found = onEntry.all(entry).map((row) => licences.get(row.id));
        if (found.length === 0) {
          throw new AppError(
            'NOT_FOUND',
            `No licence (other than cancelled or expired ones) names entry ${formatEntryNumber(entry)}. Put the entry number on the licence (field 02), or record the entry on the licence when it is used.`,
            { entryNumber: entry },
          );
        }
        return buildHandoff(
          found,
          {
            entryNumber: entry,
            reference: reference.current(),
            lowValueThresholdUsd: settings().rules.lowValueThresholdUsd,
            uses: licences.usesOnEntry(entry),
          },
          clock.now().toISOString(),
        );
      })();
      // CRLF and a header row, quoted: what spreadsheet and broker import tools expect.
      const csv = Papa.unparse(handoffCsvRows(handoff), { newline: '\r\n', quotes: true });
      return {
        handoff,
        csv: { fileName: `aim-broker-handoff-${entry}.csv`, mimeType: 'text/csv', content: csv },
        json: {
          fileName: `aim-broker-handoff-${entry}.json`,
          mimeType: 'application/json',
          content: `${JSON.stringify(handoff, null, 2)}\n`,
        },
      };
    },
  };
}
export type HandoffService = ReturnType<typeof createHandoffService>;
