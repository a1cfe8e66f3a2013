import fs from 'node:fs';
import path from 'node:path';

import Papa from 'papaparse';

/**
 * USITC HTS exports for tests: the real chapter-76 cuts in assets/reference/usitc (bytes as
 * published), and copies changed the way a case needs, written in USITC's own layout.
 */
const folder = path.resolve(__dirname, '../../assets/reference/usitc');

export const usitcFiles = {
  '2026r3': 'hts_2026_revision_3_csv.chapter76.csv',
  '2025r13': 'hts_2025_revision_13.chapter76.csv',
  jsonHead: 'hts_2026_revision_5_json.first-records.json',
} as const;

export const usitcFile = (name: keyof typeof usitcFiles): Buffer =>
  fs.readFileSync(path.join(folder, usitcFiles[name]));

export interface UsitcRecord {
  readonly hts: string;
  readonly indent: number;
  readonly description: string;
  readonly units?: readonly string[];
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** One record as the USITC CSV writes it: every field quoted, units as a JSON list, CRLF. */
export function usitcCsvRecord(record: UsitcRecord): string {
  const units = record.units && record.units.length > 0 ? JSON.stringify(record.units) : '';
  return `${[record.hts, String(record.indent), record.description, units, '', '', '', '', ''].map(quote).join(',')}\r\n`;
}

/** The text of a CSV export without its byte-order mark (add it back with `bom`). */
const textOf = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');
const bom = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

/** A copy with `records` inserted right after the record whose HTS number is `after`. */
export function withRecordsAfter(bytes: Buffer, after: string, records: readonly UsitcRecord[]): Buffer {
  const text = textOf(bytes);
  const at = text.indexOf(`"${after}",`);
  if (at < 0) throw new Error(`No record ${after} in the export.`);
  const end = text.indexOf('\r\n', at) + 2;
  return bom(text.slice(0, end) + records.map(usitcCsvRecord).join('') + text.slice(end));
}

/** A copy without the records whose HTS numbers are listed. */
export function withoutRecords(bytes: Buffer, numbers: readonly string[]): Buffer {
  const lines = textOf(bytes).split(/(?<=\r\n)/);
  return bom(lines.filter((line) => !numbers.some((n) => line.startsWith(`"${n}",`))).join(''));
}

/** A copy with one record's description replaced. */
export function withDescription(bytes: Buffer, number: string, description: string): Buffer {
  const lines = textOf(bytes).split(/(?<=\r\n)/);
  return bom(
    lines
      .map((line) => {
        if (!line.startsWith(`"${number}",`)) return line;
        const [cells] = Papa.parse<string[]>(line.trimEnd()).data;
        cells![2] = description;
        return `${cells!.map(quote).join(',')}\r\n`;
      })
      .join(''),
  );
}

/**
 * The same rows as USITC's JSON export writes them (layout of hts_2026_revision_5_json.json:
 * `"key" : value`, two-space indent, `}, {` between records). Rates are carried over; footnotes
 * are not in the CSV and come out as empty lists.
 */
export function usitcJsonFromCsv(bytes: Buffer): Buffer {
  const rows = Papa.parse<Record<string, string>>(textOf(bytes), { header: true, skipEmptyLines: true }).data;
  const str = (value: string) => JSON.stringify(value);
  const records = rows.map((r) => {
    const units = r['Unit of Quantity'] ? (JSON.parse(r['Unit of Quantity']) as string[]) : [];
    const superior = r['HTS Number'] === '' ? '"true"' : 'null';
    return [
      '{',
      `  "htsno" : ${str(r['HTS Number']!)},`,
      `  "indent" : ${str(r.Indent!)},`,
      `  "description" : ${str(r.Description!)},`,
      `  "superior" : ${superior},`,
      `  "units" : ${units.length === 0 ? '[ ]' : `[ ${units.map(str).join(', ')} ]`},`,
      `  "general" : ${str(r['General Rate of Duty'] ?? '')},`,
      `  "special" : ${str(r['Special Rate of Duty'] ?? '')},`,
      `  "other" : ${str(r['Column 2 Rate of Duty'] ?? '')},`,
      '  "footnotes" : [ ],',
      '  "quotaQuantity" : null,',
      '  "additionalDuties" : null,',
      '  "addiitionalDuties" : null',
      '}',
    ].join('\n');
  });
  return Buffer.from(`[ ${records.join(', ')} ]`, 'utf8');
}

/** The one new statistical line of the issue's example: under 7604.29.10, after .10. */
export const newLineUnder76042910: UsitcRecord = {
  hts: '7604.29.10.50',
  indent: 4,
  description: 'High-strength heat-treatable alloys of a kind described in statistical note 6 to this chapter',
  units: ['kg'],
};
