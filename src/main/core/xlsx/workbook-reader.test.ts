import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { FileLimitError } from '#core/bounded/file-limit-error';
import { spreadsheetLimits } from '#core/bounded/spreadsheet-limits';
import { readZipDirectory } from '#core/bounded/zip-directory';

import { scanSheetRows, type SheetRow } from './sheet-rows';
import { openWorkbook } from './workbook-parts';
import { createWorkbookWriter } from './workbook-writer';

// exceljs is kept as a development dependency for this: an independent writer and reader of
// XLSX, to check the app's own reader and writer against.

function rowsOf(
  bytes: Uint8Array,
  limits = spreadsheetLimits,
): { sheet: string; rows: [number, Record<string, string>][] }[] {
  const book = openWorkbook(readZipDirectory(bytes, limits.zip), limits);
  return book.sheets.map((sheet) => {
    const rows: [number, Record<string, string>][] = [];
    scanSheetRows(book, sheet, limits, (row: SheetRow) => {
      rows.push([
        row.row,
        Object.fromEntries(
          [...row.cells].map(([c, cell]) => [c, cell.number === null ? cell.text : `#${cell.number}`]),
        ),
      ]);
    });
    return { sheet: sheet.name, rows };
  });
}

describe('reading a workbook another program wrote (exceljs)', () => {
  it('sees what a person sees: shared and rich text, dates as dates, numbers, booleans, formula results', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty first');
    const sheet = workbook.addWorksheet('Licences');
    sheet.getCell('A1').value = 'licence_ref';
    sheet.getCell('B1').value = { richText: [{ text: 'expected_' }, { font: { bold: true }, text: 'import_date' }] };
    sheet.getCell('A2').value = 'PO-1 & "quoted" <b>';
    sheet.getCell('B2').value = new Date(Date.UTC(2026, 2, 20));
    sheet.getCell('C2').value = 18500.5;
    sheet.getCell('D2').value = true;
    sheet.getCell('E2').value = { formula: 'C2*2', result: 37001 };
    sheet.getCell('F2').value = { formula: 'A2&"x"', result: 'PO-1x' };
    sheet.getCell('G2').value = 46101; // a date typed as a number, without a date format
    sheet.getCell('A4').value = 'after a blank row';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(rowsOf(bytes)).toEqual([
      { sheet: 'Empty first', rows: [] },
      {
        sheet: 'Licences',
        rows: [
          [1, { 0: 'licence_ref', 1: 'expected_import_date' }],
          [
            2,
            {
              0: 'PO-1 & "quoted" <b>',
              1: '2026-03-20',
              2: '#18500.5',
              3: 'true',
              4: '#37001',
              5: 'PO-1x',
              6: '#46101',
            },
          ],
          [4, { 0: 'after a blank row' }],
        ],
      },
    ]);
  });

  it('reads dates of a 1904 workbook (old Mac Excel) on the right day', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet('S').getCell('A1').value = new Date(Date.UTC(2026, 0, 5));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(rowsOf(bytes)[0]!.rows).toEqual([[1, { 0: '2026-01-05' }]]);
  });

  it('stops at the first value beyond the column limit, and at a cell longer than Excel allows', async () => {
    const wide = new ExcelJS.Workbook();
    const sheet = wide.addWorksheet('S');
    sheet.getCell('A1').value = 'ok';
    sheet.getCell('XFD2').value = 'far right';
    sheet.getCell('A3').value = 'never read';
    const bytes = new Uint8Array(await wide.xlsx.writeBuffer());
    const seen: number[] = [];
    const book = openWorkbook(readZipDirectory(bytes, spreadsheetLimits.zip), spreadsheetLimits);
    expect(() => scanSheetRows(book, book.sheets[0]!, spreadsheetLimits, (r) => void seen.push(r.row))).toThrow(
      new FileLimitError('row 2, column XFD holds a value, but at most 1,024 columns (A to AMJ) are read'),
    );
    expect(seen).toEqual([1]);

    const long = new ExcelJS.Workbook();
    long.addWorksheet('S').getCell('B7').value = 'x'.repeat(40_000);
    const longBytes = new Uint8Array(await long.xlsx.writeBuffer());
    expect(() => rowsOf(longBytes)).toThrow(/one of its texts is longer than 32,767 characters|row 7, column B holds/);
  });
});

describe('the app’s own XLSX writer', () => {
  it('writes a workbook another program reads back: text, numbers, formats, merges, validation, protection', async () => {
    const writer = createWorkbookWriter('AIM Licences');
    const sheet = writer.addSheet('Declaration', { frozenRows: 2 });
    const hidden = writer.addSheet('Lists', { state: 'veryHidden' });
    hidden.set(1, 1, 'Canada');
    hidden.set(2, 1, 'N/A');
    sheet.set(1, 1, 'Title & <more>', { bold: true, size: 14 });
    sheet.merge(1, 1, 1, 3);
    sheet.set(2, 1, 'Product ID', { bold: true, borderBottom: true, wrap: true, vertical: 'middle' });
    sheet.set(3, 1, 'line\r\nbreak _x0041_ \u0007bell');
    sheet.set(3, 2, 12.5);
    sheet.set(3, 3, '', { unlocked: true, fill: 'FFFFF8DC', numFmt: 'yyyy-mm-dd' });
    sheet.width(1, 38);
    sheet.height(2, 30);
    sheet.validateList({ range: 'C3:C3', formula: 'Lists!$A$1:$A$2', errorTitle: 'Not listed', error: 'Pick one' });
    sheet.protect({ formatColumns: true, formatRows: true });
    const bytes = writer.toBytes();

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const declaration = read.getWorksheet('Declaration')!;
    expect(read.getWorksheet('Lists')!.state).toBe('veryHidden');
    expect(declaration.getCell('A1').value).toBe('Title & <more>');
    expect(declaration.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(declaration.getCell('C1').isMerged).toBe(true);
    expect(declaration.getCell('A2').border.bottom).toMatchObject({ style: 'thin' });
    expect(declaration.getCell('A3').value).toBe('line\r\nbreak _x0041_ \u0007bell');
    expect(declaration.getCell('B3').value).toBe(12.5);
    expect(declaration.getCell('C3').protection).toMatchObject({ locked: false });
    expect(declaration.getCell('C3').numFmt).toBe('yyyy-mm-dd');
    expect(declaration.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['Lists!$A$1:$A$2'] });
    expect(declaration.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(declaration.getColumn(1).width).toBe(38);
    expect(declaration.getRow(2).height).toBe(30);
    // exceljs's model says "allowed" (true) for what the XML leaves unprotected (formatColumns="0").
    expect((declaration as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({
      sheet: true,
      formatColumns: true,
      formatRows: true,
    });

    // And the app's reader reads it back the same.
    expect(rowsOf(bytes)[0]!.rows).toEqual([
      [1, { 0: 'Title & <more>' }],
      [2, { 0: 'Product ID' }],
      [3, { 0: 'line\r\nbreak _x0041_ \u0007bell', 1: '#12.5' }],
    ]);
  });
});
