import type ExcelJS from 'exceljs';

/** A worksheet cell as the text a person sees: typed dates as calendar days, rich text joined, formulas by their result. */
export function excelCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return excelCellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}
