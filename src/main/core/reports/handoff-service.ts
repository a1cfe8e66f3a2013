import Papa from 'papaparse';
import { AppError } from '../../../shared/contract';
import { formatEntryNumber, normaliseEntryNumber } from '../../../shared/licence/entry-number';
import type { LicenceStatus } from '../../../shared/licence/licence-status';
import { buildHandoff, handoffCsvRows } from '../../../shared/reports/build-handoff';
import type { Handoff, HandoffEntry } from '../../../shared/reports/handoff-schema';
import type { AppSettings } from '../../../shared/settings/app-settings';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { LicenceService } from '../licences/licence-service';
import type { ReferenceStore } from '../reference/reference-store';

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
  statuses: string;
}

/**
 * The broker hand-off, per customs entry. A licence is on an entry when it names the entry
 * number (field 02, or recorded when it was used). Cancelled and expired licences are left out:
 * they can no longer be reported, and a replacement usually names the same entry.
 */
export function createHandoffService({ db, clock, reference, settings, licences }: HandoffServiceDeps) {
  const entries = db.prepare<[], EntryRow>(`
    SELECT entry_number, count(*) AS licences, sum(line_count) AS lines, min(expected_import_date) AS first_import,
      group_concat(DISTINCT status) AS statuses
    FROM licences WHERE entry_number <> '' AND status NOT IN ('cancelled', 'expired')
    GROUP BY entry_number ORDER BY first_import DESC, entry_number LIMIT 1000`);
  const onEntry = db.prepare<[string], { id: string }>(
    "SELECT id FROM licences WHERE entry_number = ? AND status NOT IN ('cancelled', 'expired') ORDER BY expected_import_date, created_at, id",
  );

  return {
    entries(): HandoffEntry[] {
      return entries.all().map((row) => ({
        entryNumber: row.entry_number,
        entryNumberFormatted: formatEntryNumber(row.entry_number),
        licenceCount: row.licences,
        lineCount: row.lines,
        firstImportDate: row.first_import,
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
            `No licence (other than cancelled or expired ones) names entry ${formatEntryNumber(entry)}. Put the entry number on the licence (field 02), or mark the licence used on that entry.`,
            { entryNumber: entry },
          );
        }
        return buildHandoff(
          found,
          {
            entryNumber: entry,
            reference: reference.current(),
            lowValueThresholdUsd: settings().rules.lowValueThresholdUsd,
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
