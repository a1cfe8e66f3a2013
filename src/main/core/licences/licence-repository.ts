import type { Db } from '#core/db/open-database';
import { newId } from '#core/ids';
import { createLineLinkCheck } from '#core/suppliers/suppliers/line-links';
import type { LicencePage, LicenceQuery } from '#shared/contract/licences';
import { normaliseEntryNumber } from '#shared/licences/entry-number';
import type { Licence, LicenceDraft, ValidationSummary } from '#shared/licences/licence-schema';
import type { LicenceStatus } from '#shared/licences/licence-status';

import {
  draftColumns,
  type LicenceRow,
  lineColumns,
  type LineRow,
  readLicenceRow,
  rowToLicence,
  rowToSummary,
} from './licence-row';
import { searchDocument } from './licence-search';
import { createLicenceUseRepository } from './licence-use-repository';
import { createRegisterIndex } from './register-index';

/** A licence about to be written as a draft. */
export interface NewLicence {
  readonly draft: LicenceDraft;
  readonly validation: ValidationSummary | null;
  readonly id?: string;
}

export interface StoredState {
  status: LicenceStatus;
  licenceNumber?: string | null;
  validFrom?: string | null;
  validThrough?: string | null;
  rejectionReasons?: string[];
}

/**
 * SQL for licences, their lines, their status history and their search index. Callers own the
 * transaction; every method here assumes it runs inside one.
 */
export function createLicenceRepository(db: Db) {
  const byId = db.prepare<[string], LicenceRow>('SELECT rowid, * FROM licences WHERE id = ?');
  const linesOf = db.prepare<[string], LineRow>('SELECT * FROM licence_lines WHERE licence_id = ? ORDER BY position');
  // Positional parameters for the statements an import runs thousands of times: binding by name
  // looks every key up again on each run.
  const insertLicence = db.prepare(`
    INSERT INTO licences (id, reference, licence_kind, status, version, entry_type, importer_name, importer_number, exporter_name,
      manufacturers, manufacturer_unknown, country_of_origin, country_of_export, port_of_entry, expected_export_date,
      expected_import_date, entry_number, certified, notes, total_kg, total_value_cents, hts_codes, countries, line_count,
      validation, created_at, updated_at)
    VALUES (?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateContent = db.prepare(`
    UPDATE licences SET reference = @reference, licence_kind = @licence_kind, entry_type = @entry_type, importer_name = @importer_name,
      importer_number = @importer_number, exporter_name = @exporter_name, manufacturers = @manufacturers,
      manufacturer_unknown = @manufacturer_unknown, country_of_origin = @country_of_origin,
      country_of_export = @country_of_export, port_of_entry = @port_of_entry, expected_export_date = @expected_export_date,
      expected_import_date = @expected_import_date, entry_number = @entry_number, certified = @certified, notes = @notes,
      total_kg = @total_kg, total_value_cents = @total_value_cents, hts_codes = @hts_codes, countries = @countries, line_count = @line_count,
      validation = @validation, version = version + 1, updated_at = @at
    WHERE id = @id`);
  const updateState = db.prepare(`
    UPDATE licences SET status = @status, licence_number = @licence_number, valid_from = @valid_from,
      valid_through = @valid_through, rejection_reasons = @rejection_reasons, version = version + 1, updated_at = @at
    WHERE id = @id`);
  const updateValidation = db.prepare('UPDATE licences SET validation = ? WHERE id = ?');
  const recordCertification = db.prepare('UPDATE licences SET certified_by = ?, certified_at = ? WHERE id = ?');
  const certify = db.prepare(
    'UPDATE licences SET certified = 1, certified_by = ?, certified_at = ?, version = version + 1, updated_at = ? WHERE id = ?',
  );
  const setEntryNumber = db.prepare('UPDATE licences SET entry_number = ? WHERE id = ?');
  const deleteLines = db.prepare('DELETE FROM licence_lines WHERE licence_id = ?');
  const insertLine = db.prepare(`
    INSERT INTO licence_lines (id, licence_id, position, hts_code, quantity_kg, value_cents, smelt_country_largest,
      smelt_country_second, cast_country, supplier_id, product_id, document_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const checkLineLinks = createLineLinkCheck(db);
  const uses = createLicenceUseRepository(db);
  const deleteLicence = db.prepare('DELETE FROM licences WHERE id = ?');
  const insertHistory = db.prepare(
    'INSERT INTO licence_status_history (licence_id, from_status, to_status, at, note) VALUES (?, ?, ?, ?, ?)',
  );
  const history = db.prepare<
    [string],
    { from_status: LicenceStatus | null; to_status: LicenceStatus; at: string; note: string }
  >('SELECT from_status, to_status, at, note FROM licence_status_history WHERE licence_id = ? ORDER BY id');
  const searchColumns = 'rowid, reference, importer, exporter, manufacturers, hts, licence_number, countries';
  const indexRowids = db.prepare<[string]>(
    `INSERT INTO licence_search (${searchColumns}) SELECT ${searchDocument} FROM licences WHERE rowid IN (SELECT value FROM json_each(?))`,
  );
  const indexRowid = db.prepare<[number]>(
    `INSERT INTO licence_search (${searchColumns}) SELECT ${searchDocument} FROM licences WHERE rowid = ?`,
  );
  const unindexSearch = db.prepare('DELETE FROM licence_search WHERE rowid = ?');
  const registerIndex = createRegisterIndex(db);
  // A page of the register by rowid, in one statement each (prepared once: the register asks on every keystroke).
  const idsOfRowids = db
    .prepare<[string]>('SELECT rowid, id FROM licences WHERE rowid IN (SELECT value FROM json_each(?))')
    .raw();
  const rowsOfRowids = db.prepare<[string], LicenceRow>(
    'SELECT rowid, * FROM licences WHERE rowid IN (SELECT value FROM json_each(?))',
  );

  const lineIdsOf = db.prepare<[string], { id: string }>('SELECT id FROM licence_lines WHERE licence_id = ?').pluck();

  // An import's licences share their summary objects: each is serialised once.
  const validationTexts = new WeakMap<ValidationSummary, string>();
  const validationText = (v: ValidationSummary | null): string | null => {
    if (!v) return null;
    let text = validationTexts.get(v);
    if (text === undefined) {
      text = JSON.stringify(v);
      validationTexts.set(v, text);
    }
    return text;
  };
  const rowidOf = db.prepare<[string], number>('SELECT rowid FROM licences WHERE id = ?').pluck();

  function insertLines(licenceId: string, draft: LicenceDraft, keepIds: Set<unknown> | null): void {
    checkLineLinks(draft.lines);
    draft.lines.forEach((line, position) => {
      const keep = line.id !== undefined && keepIds !== null && keepIds.delete(line.id);
      insertLine.run(keep ? line.id : newId(), licenceId, position, ...lineColumns(line));
    });
  }

  /** Writes one draft and its lines; returns its rowid (the search index is the caller's). */
  function writeDraft(id: string, draft: LicenceDraft, validation: ValidationSummary | null, at: string): number {
    const c = draftColumns(draft);
    const { lastInsertRowid } = insertLicence.run(
      id,
      c.reference,
      c.licence_kind,
      c.entry_type,
      c.importer_name,
      c.importer_number,
      c.exporter_name,
      c.manufacturers,
      c.manufacturer_unknown,
      c.country_of_origin,
      c.country_of_export,
      c.port_of_entry,
      c.expected_export_date,
      c.expected_import_date,
      c.entry_number,
      c.certified,
      c.notes,
      c.total_kg,
      c.total_value_cents,
      c.hts_codes,
      c.countries,
      c.line_count,
      validationText(validation),
      at,
      at,
    );
    insertLines(id, draft, null);
    insertHistory.run(id, null, 'draft', at, '');
    return Number(lastInsertRowid);
  }

  /**
   * A line keeps its id across edits (evidence links point at it), but only an id this licence
   * already owns: ids sent by a caller are never trusted to name another licence's line.
   */
  function replaceLines(licenceId: string, draft: LicenceDraft): void {
    const owned = new Set<unknown>(lineIdsOf.all(licenceId));
    deleteLines.run(licenceId);
    insertLines(licenceId, draft, owned);
  }

  function reindex(id: string): void {
    const row = rowidOf.get(id);
    if (row === undefined) return;
    unindexSearch.run(row);
    indexRowid.run(row);
  }

  return {
    /** The customs entries licences were used on. */
    uses,
    get(id: string): Licence | null {
      const row = byId.get(id);
      return row ? rowToLicence(row, linesOf.all(id), uses.forLicence(id)) : null;
    },
    insert(draft: LicenceDraft, at: string, validation: ValidationSummary | null, id: string = newId()): string {
      indexRowid.run(writeDraft(id, draft, validation, at));
      return id;
    },
    /** Many drafts at once (an import): the search index takes the whole batch in one statement. */
    insertMany(licences: readonly NewLicence[], at: string): string[] {
      const ids: string[] = [];
      const rowids: number[] = [];
      for (const { draft, validation, id = newId() } of licences) {
        rowids.push(writeDraft(id, draft, validation, at));
        ids.push(id);
      }
      if (rowids.length > 0) indexRowids.run(JSON.stringify(rowids));
      return ids;
    },
    updateDraft(id: string, draft: LicenceDraft, at: string, validation: ValidationSummary | null): void {
      updateContent.run({ ...draftColumns(draft), id, validation: validationText(validation), at });
      replaceLines(id, draft);
      reindex(id);
    },
    setState(id: string, from: LicenceStatus, state: StoredState, at: string, note = ''): void {
      const current = byId.get(id);
      if (!current) return;
      updateState.run({
        id,
        status: state.status,
        licence_number: state.licenceNumber === undefined ? current.licence_number : state.licenceNumber,
        valid_from: state.validFrom === undefined ? current.valid_from : state.validFrom,
        valid_through: state.validThrough === undefined ? current.valid_through : state.validThrough,
        rejection_reasons: state.rejectionReasons
          ? JSON.stringify(state.rejectionReasons)
          : JSON.stringify(readLicenceRow(current).rejection_reasons),
        at,
      });
      if (from !== state.status) insertHistory.run(id, from, state.status, at, note);
      reindex(id);
    },
    /** Who certified and when, beside a content change that set or cleared `certified` (no version of its own). */
    recordCertification(id: string, by: string | null, at: string | null): void {
      recordCertification.run(by, at, id);
    },
    /** Certifies a licence on its own: a change of the licence, so its version moves on. */
    certify(id: string, by: string, at: string): void {
      certify.run(by, at, at, id);
    },
    setEntryNumber(id: string, entryNumber: string): void {
      setEntryNumber.run(normaliseEntryNumber(entryNumber), id);
    },
    idsWithStatus(statuses: readonly LicenceStatus[]): string[] {
      return db
        .prepare<string[], { id: string }>(
          `SELECT id FROM licences WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY rowid`,
        )
        .all(...statuses)
        .map((r) => r.id);
    },
    staleIds(statuses: readonly LicenceStatus[], asOf: string, dataVersion: string): string[] {
      return db
        .prepare<unknown[], { id: string }>(
          `SELECT id FROM licences WHERE status IN (${statuses.map(() => '?').join(',')})
             AND (validation IS NULL OR json_extract(validation, '$.asOf') <> ? OR json_extract(validation, '$.dataVersion') <> ?)
           ORDER BY rowid`,
        )
        .all(...statuses, asOf, dataVersion)
        .map((r) => r.id);
    },
    setValidation(id: string, validation: ValidationSummary | null): void {
      updateValidation.run(validationText(validation), id);
    },
    delete(id: string): void {
      const row = byId.get(id);
      if (!row) return;
      unindexSearch.run(row.rowid);
      deleteLicence.run(id);
    },
    history(id: string) {
      return history.all(id).map((h) => ({ from: h.from_status, to: h.to_status, at: h.at, note: h.note }));
    },
    /** Every id matching a register query, in its order (for export and batch actions). */
    idsMatching(query: Omit<LicenceQuery, 'offset' | 'limit'>): string[] {
      const { page } = registerIndex.select({ ...query, offset: 0, limit: Number.MAX_SAFE_INTEGER });
      const ids = new Map(idsOfRowids.all(JSON.stringify(page)) as [number, string][]);
      return page.map((rowid) => ids.get(rowid)!);
    },
    list(query: LicenceQuery): LicencePage {
      const { total, page } = registerIndex.select(query);
      const rows = new Map(rowsOfRowids.all(JSON.stringify(page)).map((r) => [r.rowid, r]));
      return { items: page.map((rowid) => rowToSummary(rows.get(rowid)!)), total };
    },
  };
}
export type LicenceRepository = ReturnType<typeof createLicenceRepository>;
