import Papa from 'papaparse';

import { columnName } from '#core/xlsx/sheet-rows';
import { createWorkbookWriter } from '#core/xlsx/workbook-writer';
import { neutraliseCell } from '#shared/csv/neutralise-cell';
import { displayDate } from '#shared/dates/iso-date';
import { countryList } from '#shared/reference/countries';
import { formatHts } from '#shared/reference/hts';
import type { SupplierProduct } from '#shared/suppliers/product-schema';

import {
  answerColumns,
  givenColumns,
  type RequestColumn,
  requestColumns,
  requestInstructions,
} from './request-columns';

export interface KitContent {
  readonly requestId: string;
  readonly supplierName: string;
  readonly requestedBy: string;
  readonly dueOn: string;
  readonly products: readonly SupplierProduct[];
}

/** A file name made only of safe characters: the supplier's name is outside text. */
export function kitFileName(supplierName: string, createdOn: string, extension: 'xlsx' | 'csv'): string {
  const slug = supplierName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 40)
    .toLowerCase();
  return `smelt-cast-request-${slug || 'supplier'}-${createdOn}.${extension}`;
}

const tableColumns: readonly RequestColumn[] = [...givenColumns, ...answerColumns];
export const headerRowNumber = 9;

const productCells = (p: SupplierProduct): Partial<Record<RequestColumn, string>> => ({
  productId: p.id,
  code: p.code,
  description: p.description,
  hts: p.htsCode ? formatHts(p.htsCode) : '',
});

const givenFill = 'FFEFF1F4';
const answerFill = 'FFFFF8DC';

/**
 * The fillable workbook: a short preamble (who asks, by when, how to answer), then one row per
 * product. Answer cells are unlocked and shaded; the country cells offer the country list but
 * accept other spellings, since the reader understands names, codes and N/A.
 */
export function buildRequestWorkbook(kit: KitContent): Buffer {
  const workbook = createWorkbookWriter('AIM Licences');
  const sheet = workbook.addSheet('Declaration', { frozenRows: headerRowNumber });
  const lists = workbook.addSheet('Countries', { state: 'veryHidden' });
  const names = ['N/A', ...countryList.map((c) => c.name)];
  names.forEach((name, i) => lists.set(i + 1, 1, name));

  sheet.set(1, 1, 'Smelt and cast declaration request', { bold: true, size: 14 });
  const facts: [string, string][] = [
    ['Supplier', kit.supplierName],
    ['Requested by', kit.requestedBy],
    [requestColumns.requestId, kit.requestId],
    ['Please answer by', displayDate(kit.dueOn)],
  ];
  facts.forEach(([label, value], i) => {
    sheet.set(i + 2, 1, label, { bold: true });
    sheet.set(i + 2, 2, value);
  });
  requestInstructions.forEach((text, i) => {
    sheet.set(i + 6, 1, text, { wrap: true, vertical: 'top' });
    sheet.merge(i + 6, 1, i + 6, tableColumns.length);
    sheet.height(i + 6, 32);
  });

  tableColumns.forEach((column, i) => {
    sheet.set(headerRowNumber, i + 1, requestColumns[column], {
      bold: true,
      wrap: true,
      vertical: 'middle',
      borderBottom: true,
    });
    sheet.width(i + 1, column === 'description' || column === 'notes' ? 36 : column === 'productId' ? 38 : 20);
  });
  sheet.height(headerRowNumber, 30);

  const firstRow = headerRowNumber + 1;
  const lastRow = headerRowNumber + kit.products.length;
  kit.products.forEach((product, index) => {
    const row = firstRow + index;
    const given = productCells(product);
    tableColumns.forEach((column, i) => {
      if (givenColumns.includes(column)) sheet.set(row, i + 1, given[column] ?? '', { fill: givenFill });
      else
        sheet.set(row, i + 1, '', {
          unlocked: true,
          fill: answerFill,
          // A date typed here stays a date (not a day count) and reads back as YYYY-MM-DD.
          ...(column === 'periodFrom' || column === 'periodTo' || column === 'validUntil'
            ? { numFmt: 'yyyy-mm-dd' }
            : {}),
        });
    });
  });
  if (kit.products.length > 0) {
    for (const column of ['smeltLargest', 'smeltSecond', 'cast'] as const) {
      const letter = columnName(tableColumns.indexOf(column));
      sheet.validateList({
        range: `${letter}${firstRow}:${letter}${lastRow}`,
        formula: `Countries!$A$1:$A$${names.length}`,
        errorTitle: 'Country not in the list',
        error: 'Use a country name or ISO code, or N/A for the smelt columns.',
      });
    }
  }

  const signatureRow = lastRow + 3;
  ['Declared by (name and position)', 'Date', 'Signature'].forEach((label, i) => {
    sheet.set(signatureRow + i, 1, label, { bold: true });
    sheet.set(signatureRow + i, 2, '', { unlocked: true, borderBottom: true });
  });
  // Protection keeps the ids and our product facts from being typed over; no password, so a
  // supplier who must add a row can still unprotect the sheet.
  sheet.protect({ formatColumns: true, formatRows: true });
  return Buffer.from(workbook.toBytes());
}

/** The same request as a plain CSV: the request id on every row, so any row read alone still says which request it answers. */
export function buildRequestCsv(kit: KitContent): Buffer {
  const columns: RequestColumn[] = ['requestId', ...tableColumns];
  const rows = kit.products.map((product) => {
    const given: Partial<Record<RequestColumn, string>> = { requestId: kit.requestId, ...productCells(product) };
    // Product codes and descriptions are typed by people: a cell a spreadsheet would run as a formula is neutralised.
    return columns.map((column) => neutraliseCell(given[column] ?? ''));
  });
  const text = Papa.unparse({ fields: columns.map((c) => requestColumns[c]), data: rows }, { newline: '\r\n' });
  // A BOM so Excel opens accented supplier names as UTF-8.
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
