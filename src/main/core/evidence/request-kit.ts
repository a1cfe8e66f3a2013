import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { displayDate } from '../../../shared/dates/iso-date';
import type { SupplierProduct } from '../../../shared/evidence/product-schema';
import { countryList } from '../../../shared/reference/countries';
import { formatHts } from '../../../shared/reference/hts';
import {
  answerColumns,
  givenColumns,
  requestColumns,
  requestInstructions,
  type RequestColumn,
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

/**
 * The fillable workbook: a short preamble (who asks, by when, how to answer), then one row per
 * product. Answer cells are unlocked and shaded; the country cells offer the country list but
 * accept other spellings, since the reader understands names, codes and N/A.
 */
export async function buildRequestWorkbook(kit: KitContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AIM Licences';
  const sheet = workbook.addWorksheet('Declaration', { views: [{ state: 'frozen', ySplit: headerRowNumber }] });
  const lists = workbook.addWorksheet('Countries', { state: 'veryHidden' });
  const names = ['N/A', ...countryList.map((c) => c.name)];
  names.forEach((name, i) => (lists.getCell(i + 1, 1).value = name));

  sheet.getCell('A1').value = 'Smelt and cast declaration request';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const facts: [string, string][] = [
    ['Supplier', kit.supplierName],
    ['Requested by', kit.requestedBy],
    [requestColumns.requestId, kit.requestId],
    ['Please answer by', displayDate(kit.dueOn)],
  ];
  facts.forEach(([label, value], i) => {
    sheet.getCell(i + 2, 1).value = label;
    sheet.getCell(i + 2, 1).font = { bold: true };
    sheet.getCell(i + 2, 2).value = value;
  });
  requestInstructions.forEach((text, i) => {
    const cell = sheet.getCell(i + 6, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(i + 6, 1, i + 6, tableColumns.length);
    sheet.getRow(i + 6).height = 32;
  });

  const header = sheet.getRow(headerRowNumber);
  tableColumns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = requestColumns[column];
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = { bottom: { style: 'thin' } };
    sheet.getColumn(i + 1).width =
      column === 'description' || column === 'notes' ? 36 : column === 'productId' ? 38 : 20;
  });
  header.height = 30;

  kit.products.forEach((product, index) => {
    const row = sheet.getRow(headerRowNumber + 1 + index);
    const given = productCells(product);
    tableColumns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (givenColumns.includes(column)) {
        cell.value = given[column] ?? '';
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF1F4' } };
      } else {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
        // A date typed here stays a date (not a day count) and reads back as YYYY-MM-DD.
        if (column === 'periodFrom' || column === 'periodTo' || column === 'validUntil') cell.numFmt = 'yyyy-mm-dd';
        if (column === 'smeltLargest' || column === 'smeltSecond' || column === 'cast') {
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`Countries!$A$1:$A$${names.length}`],
            showErrorMessage: true,
            errorStyle: 'warning',
            errorTitle: 'Country not in the list',
            error: 'Use a country name or ISO code, or N/A for the smelt columns.',
          };
        }
      }
    });
  });

  const signatureRow = headerRowNumber + kit.products.length + 3;
  ['Declared by (name and position)', 'Date', 'Signature'].forEach((label, i) => {
    sheet.getCell(signatureRow + i, 1).value = label;
    sheet.getCell(signatureRow + i, 1).font = { bold: true };
    sheet.getCell(signatureRow + i, 2).protection = { locked: false };
    sheet.getCell(signatureRow + i, 2).border = { bottom: { style: 'thin' } };
  });
  // Protection keeps the ids and our product facts from being typed over; no password, so a
  // supplier who must add a row can still unprotect the sheet.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same request as a plain CSV: the request id on every row, so any row read alone still says which request it answers. */
export function buildRequestCsv(kit: KitContent): Buffer {
  const columns: RequestColumn[] = ['requestId', ...tableColumns];
  const rows = kit.products.map((product) => {
    const given: Partial<Record<RequestColumn, string>> = { requestId: kit.requestId, ...productCells(product) };
    return columns.map((column) => given[column] ?? '');
  });
  const text = Papa.unparse({ fields: columns.map((c) => requestColumns[c]), data: rows }, { newline: '\r\n' });
  // A BOM so Excel opens accented supplier names as UTF-8.
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
