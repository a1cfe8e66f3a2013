import type { Db } from '#core/db/open-database';
import type { LicenceUse } from '#shared/licences/licence-use';

import { fromCents, toCents } from './licence-row';

interface UseRow {
  id: string;
  licence_id: string;
  entry_number: string;
  import_date: string;
  note: string;
  recorded_at: string;
}
interface UseLineRow {
  use_id: string;
  position: number;
  line_id: string;
  hts_code: string;
  quantity_kg: number;
  value_cents: number;
}

export interface NewLicenceUse {
  readonly id: string;
  readonly licenceId: string;
  readonly entryNumber: string;
  readonly importDate: string;
  readonly note: string;
  readonly lines: readonly { lineId: string; htsCode: string; quantityKg: number; valueUsd: number }[];
}

/**
 * SQL for the customs entries licences were used on. Callers own the transaction. The licence row
 * keeps a count and the latest date of importation in step, for the register.
 */
export function createLicenceUseRepository(db: Db) {
  const usesOf = db.prepare<[string], UseRow>(
    'SELECT * FROM licence_uses WHERE licence_id = ? ORDER BY import_date, recorded_at, id',
  );
  const linesOf = db.prepare<[string], UseLineRow>(`
    SELECT ul.* FROM licence_use_lines ul JOIN licence_uses u ON u.id = ul.use_id
    WHERE u.licence_id = ? ORDER BY ul.use_id, ul.position`);
  const byId = db.prepare<[string], UseRow>('SELECT * FROM licence_uses WHERE id = ?');
  const onEntry = db.prepare<[string], UseRow>('SELECT * FROM licence_uses WHERE entry_number = ? ORDER BY rowid');
  const insertUse = db.prepare(`
    INSERT INTO licence_uses (id, licence_id, entry_number, import_date, note, recorded_at)
    VALUES (@id, @licence_id, @entry_number, @import_date, @note, @at)`);
  const insertLine = db.prepare(`
    INSERT INTO licence_use_lines (use_id, position, line_id, hts_code, quantity_kg, value_cents)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const deleteUse = db.prepare('DELETE FROM licence_uses WHERE id = ?');
  const refresh = db.prepare(`
    UPDATE licences SET
      use_count = (SELECT count(*) FROM licence_uses WHERE licence_id = @id),
      last_entry_date = (SELECT max(import_date) FROM licence_uses WHERE licence_id = @id)
    WHERE id = @id`);

  function toUse(row: UseRow, lines: readonly UseLineRow[]): LicenceUse {
    return {
      id: row.id,
      entryNumber: row.entry_number,
      importDate: row.import_date,
      note: row.note,
      recordedAt: row.recorded_at,
      lines: lines.map((l) => ({
        lineId: l.line_id,
        htsCode: l.hts_code,
        quantityKg: l.quantity_kg,
        valueUsd: fromCents(l.value_cents) ?? 0,
      })),
    };
  }

  return {
    /** Every use of one licence, oldest import first, with its lines. */
    forLicence(licenceId: string): LicenceUse[] {
      const rows = usesOf.all(licenceId);
      if (rows.length === 0) return [];
      const lines = linesOf.all(licenceId);
      return rows.map((row) =>
        toUse(
          row,
          lines.filter((l) => l.use_id === row.id),
        ),
      );
    },
    get(useId: string): (LicenceUse & { licenceId: string }) | null {
      const row = byId.get(useId);
      if (!row) return null;
      const use = this.forLicence(row.licence_id).find((u) => u.id === useId)!;
      return { ...use, licenceId: row.licence_id };
    },
    /** The licences used on one entry (licence id → its use there). */
    onEntry(entryNumber: string): Map<string, LicenceUse> {
      return new Map(
        onEntry
          .all(entryNumber)
          .map((row) => [row.licence_id, this.forLicence(row.licence_id).find((u) => u.id === row.id)!]),
      );
    },
    insert(use: NewLicenceUse, at: string): void {
      insertUse.run({
        id: use.id,
        licence_id: use.licenceId,
        entry_number: use.entryNumber,
        import_date: use.importDate,
        note: use.note,
        at,
      });
      use.lines.forEach((line, position) =>
        insertLine.run(use.id, position, line.lineId, line.htsCode, line.quantityKg, toCents(line.valueUsd)),
      );
      refresh.run({ id: use.licenceId });
    },
    delete(useId: string, licenceId: string): void {
      deleteUse.run(useId);
      refresh.run({ id: licenceId });
    },
  };
}
export type LicenceUseRepository = ReturnType<typeof createLicenceUseRepository>;
