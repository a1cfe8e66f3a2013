import type { LicenceQuery } from '../../../shared/contract/licences';
import { htsDigits } from '../../../shared/reference/hts';

/**
 * Turns what a person types into an FTS5 query: every word must match the start of a word in
 * the licence (prefix search), so "alu 7606" finds "Aluminium Corp" with an HTS of 7606123030.
 * Words are quoted, so FTS5 operators typed by the user are only ever text.
 */
export function ftsQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .map((word) => (/^[\d.]+$/.test(word) ? htsDigits(word) : word))
    .map((word) => word.replace(/"/g, '').replace(/[^\p{L}\p{N}\-/&']/gu, ' ').trim())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"*`).join(' ');
}

export interface SearchDocument {
  reference: string;
  importer: string;
  exporter: string;
  manufacturers: string;
  hts: string;
  licence_number: string;
}

const sortColumns: Record<LicenceQuery['sort'], string> = {
  updatedAt: 'l.updated_at',
  expectedImportDate: 'l.expected_import_date',
  importerName: 'l.importer_name COLLATE NOCASE',
  reference: 'l.reference COLLATE NOCASE',
  status: 'l.status',
  totalValueUsd: 'l.total_value_cents',
};

/** Builds the WHERE clause and parameters shared by the page query and its count. */
export function licenceFilter(query: LicenceQuery): { join: string; where: string; params: unknown[]; orderBy: string } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  let join = '';
  const fts = ftsQuery(query.text);
  if (fts) {
    join = 'JOIN licence_search s ON s.rowid = l.rowid AND licence_search MATCH ?';
    params.push(fts);
  }
  if (query.statuses.length > 0) {
    conditions.push(`l.status IN (${query.statuses.map(() => '?').join(',')})`);
    params.push(...query.statuses);
  }
  if (query.country) {
    const c = query.country.toUpperCase();
    conditions.push(`(l.country_of_origin = ? OR l.country_of_export = ? OR EXISTS (
      SELECT 1 FROM licence_lines x WHERE x.licence_id = l.id
        AND (x.smelt_country_largest = ? OR x.smelt_country_second = ? OR x.cast_country = ?)))`);
    params.push(c, c, c, c, c);
  }
  if (query.htsPrefix) {
    conditions.push(`EXISTS (SELECT 1 FROM licence_lines x WHERE x.licence_id = l.id AND x.hts_code LIKE ? ESCAPE '\\')`);
    params.push(`${htsDigits(query.htsPrefix).replace(/[%_\\]/g, '\\$&')}%`);
  }
  if (query.importFrom) {
    conditions.push(`l.expected_import_date >= ?`);
    params.push(query.importFrom);
  }
  if (query.importTo) {
    conditions.push(`l.expected_import_date <> '' AND l.expected_import_date <= ?`);
    params.push(query.importTo);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const dir = query.direction === 'asc' ? 'ASC' : 'DESC';
  return { join, where, params, orderBy: `ORDER BY ${sortColumns[query.sort]} ${dir}, l.id ${dir}` };
}
