import { strToU8, zipSync } from 'fflate';

import { columnName } from './sheet-rows';

/** The few formats a generated workbook needs (the supplier request kit). */
export interface CellStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly vertical?: 'top' | 'middle';
  readonly borderBottom?: boolean;
  /** Solid fill, as ARGB hex (e.g. FFFFF8DC). */
  readonly fill?: string;
  /** Left open for typing when the sheet is protected. */
  readonly unlocked?: boolean;
  /** A number format code, e.g. yyyy-mm-dd. */
  readonly numFmt?: string;
}

export interface ListValidation {
  /** The cells, e.g. F10:F12. */
  readonly range: string;
  /** A formula giving the list, e.g. Countries!$A$1:$A$250. */
  readonly formula: string;
  readonly errorTitle: string;
  readonly error: string;
}

interface Cell {
  readonly value: string | number;
  readonly style: number;
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML content; characters XML cannot carry are written as ECMA-376's _xHHHH_ escapes. */
export function xmlText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
      /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}

const ref = (row: number, column: number) => `${columnName(column - 1)}${row}`;

/** One worksheet, addressed like a spreadsheet: rows and columns from 1. */
export class SheetWriter {
  readonly cells = new Map<number, Map<number, Cell>>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly validations: ListValidation[] = [];
  protection: { formatColumns: boolean; formatRows: boolean } | null = null;

  constructor(
    readonly name: string,
    readonly options: { frozenRows?: number; state?: 'visible' | 'veryHidden' },
    private readonly styleOf: (style: CellStyle | undefined) => number,
  ) {}

  set(row: number, column: number, value: string | number, style?: CellStyle): void {
    let cells = this.cells.get(row);
    if (!cells) this.cells.set(row, (cells = new Map()));
    cells.set(column, { value, style: this.styleOf(style) });
  }

  width(column: number, width: number): void {
    this.widths.set(column, width);
  }

  height(row: number, height: number): void {
    this.heights.set(row, height);
  }

  merge(fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    this.merges.push(`${ref(fromRow, fromColumn)}:${ref(toRow, toColumn)}`);
  }

  validateList(validation: ListValidation): void {
    this.validations.push(validation);
  }

  /** Protect the sheet without a password: locked cells cannot be typed over, columns and rows can still be resized. */
  protect(options: { formatColumns: boolean; formatRows: boolean }): void {
    this.protection = options;
  }

  toXml(sharedString: (text: string) => number): string {
    const parts: string[] = [xmlHeader, `<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">`];
    const frozen = this.options.frozenRows ?? 0;
    parts.push(
      frozen > 0
        ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
        : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
    );
    parts.push('<sheetFormatPr defaultRowHeight="15"/>');
    if (this.widths.size > 0) {
      parts.push('<cols>');
      for (const [column, width] of [...this.widths].sort((a, b) => a[0] - b[0]))
        parts.push(`<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`);
      parts.push('</cols>');
    }
    parts.push('<sheetData>');
    const rows = new Set([...this.cells.keys(), ...this.heights.keys()]);
    for (const row of [...rows].sort((a, b) => a - b)) {
      const height = this.heights.get(row);
      parts.push(`<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ''}>`);
      for (const [column, cell] of [...(this.cells.get(row) ?? [])].sort((a, b) => a[0] - b[0])) {
        const s = cell.style > 0 ? ` s="${cell.style}"` : '';
        if (typeof cell.value === 'number') parts.push(`<c r="${ref(row, column)}"${s}><v>${cell.value}</v></c>`);
        else if (cell.value === '') parts.push(`<c r="${ref(row, column)}"${s}/>`);
        else parts.push(`<c r="${ref(row, column)}"${s} t="s"><v>${sharedString(cell.value)}</v></c>`);
      }
      parts.push('</row>');
    }
    parts.push('</sheetData>');
    if (this.protection)
      parts.push(
        `<sheetProtection sheet="1" objects="1" scenarios="1"${this.protection.formatColumns ? ' formatColumns="0"' : ''}${this.protection.formatRows ? ' formatRows="0"' : ''}/>`,
      );
    if (this.merges.length > 0)
      parts.push(
        `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
      );
    if (this.validations.length > 0) {
      parts.push(`<dataValidations count="${this.validations.length}">`);
      for (const v of this.validations)
        parts.push(
          `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="${xmlText(v.errorTitle)}" error="${xmlText(v.error)}" sqref="${v.range}"><formula1>${xmlText(v.formula)}</formula1></dataValidation>`,
        );
      parts.push('</dataValidations>');
    }
    parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    return parts.join('');
  }
}

function stylesXml(styles: readonly CellStyle[]): string {
  const numFmts: string[] = [];
  const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  const indexOf = (list: string[], xml: string) => {
    const at = list.indexOf(xml);
    return at >= 0 ? at : list.push(xml) - 1;
  };
  const xfs = styles.map((style) => {
    let numFmtId = 0;
    if (style.numFmt) {
      const xml = `<numFmt numFmtId="${164 + numFmts.length}" formatCode="${xmlText(style.numFmt)}"/>`;
      const existing = numFmts.findIndex((f) => f.endsWith(`formatCode="${xmlText(style.numFmt!)}"/>`));
      numFmtId = 164 + (existing >= 0 ? existing : numFmts.push(xml) - 1);
    }
    const fontId = indexOf(
      fonts,
      `<font>${style.bold ? '<b/>' : ''}<sz val="${style.size ?? 11}"/><name val="Calibri"/><family val="2"/></font>`,
    );
    const fillId = style.fill
      ? indexOf(
          fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const borderId = style.borderBottom
      ? indexOf(
          borders,
          '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>',
        )
      : 0;
    const alignment =
      style.wrap || style.vertical
        ? `<alignment${style.vertical ? ` vertical="${style.vertical === 'middle' ? 'center' : 'top'}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const protection = style.unlocked ? '<protection locked="0"/>' : '';
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      borderId ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
      protection ? ' applyProtection="1"' : '',
    ].join('');
    const inner = alignment + protection;
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${inner ? `>${inner}</xf>` : '/>'}`;
  });
  return [
    xmlHeader,
    `<styleSheet xmlns="${mainNs}">`,
    numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '',
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts>`,
    `<fills count="${fills.length}">${fills.join('')}</fills>`,
    `<borders count="${borders.length}">${borders.join('')}</borders>`,
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
}

/**
 * A small XLSX writer (ECMA-376 SpreadsheetML, the parts Excel, LibreOffice and Numbers need):
 * text and numbers, shared strings, a few cell formats, frozen rows, merged cells, list
 * validation and sheet protection. It replaces exceljs, which cannot read a file within limits
 * and pulls deprecated packages; what the app writes is simple enough to write directly.
 */
export function createWorkbookWriter(creator: string) {
  const sheets: SheetWriter[] = [];
  const styles: CellStyle[] = [{}];
  const styleKeys = new Map<string, number>([[JSON.stringify({}), 0]]);
  const styleOf = (style: CellStyle | undefined) => {
    if (!style) return 0;
    const key = JSON.stringify(Object.fromEntries(Object.entries(style).sort(([a], [b]) => a.localeCompare(b))));
    let index = styleKeys.get(key);
    if (index === undefined) {
      index = styles.push(style) - 1;
      styleKeys.set(key, index);
    }
    return index;
  };

  return {
    addSheet(name: string, options: { frozenRows?: number; state?: 'visible' | 'veryHidden' } = {}): SheetWriter {
      const sheet = new SheetWriter(name, options, styleOf);
      sheets.push(sheet);
      return sheet;
    },

    toBytes(): Uint8Array {
      const strings: string[] = [];
      const stringIndex = new Map<string, number>();
      const sharedString = (text: string) => {
        let index = stringIndex.get(text);
        if (index === undefined) {
          index = strings.push(text) - 1;
          stringIndex.set(text, index);
        }
        return index;
      };
      const sheetXml = sheets.map((sheet) => sheet.toXml(sharedString));
      const files: Record<string, Uint8Array> = {
        '[Content_Types].xml': strToU8(
          `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join(
              '',
            )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
        ),
        '_rels/.rels': strToU8(
          `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
        ),
        'docProps/core.xml': strToU8(
          `${xmlHeader}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${xmlText(creator)}</dc:creator></cp:coreProperties>`,
        ),
        'xl/workbook.xml': strToU8(
          `${xmlHeader}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><bookViews><workbookView/></bookViews><sheets>${sheets
            .map(
              (sheet, i) =>
                `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}"${sheet.options.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${i + 1}"/>`,
            )
            .join('')}</sheets></workbook>`,
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join(
              '',
            )}<Relationship Id="rId${sheets.length + 1}" Type="${relNs}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        ),
        'xl/styles.xml': strToU8(stylesXml(styles)),
      };
      sheetXml.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
      files['xl/sharedStrings.xml'] = strToU8(
        `${xmlHeader}<sst xmlns="${mainNs}" count="${strings.length}" uniqueCount="${strings.length}">${strings
          .map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${xmlText(s)}</t></si>`)
          .join('')}</sst>`,
      );
      return zipSync(files, { level: 6 });
    },
  };
}
