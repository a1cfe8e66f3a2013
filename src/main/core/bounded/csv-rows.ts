import Papa from 'papaparse';

import { FileLimitError, MalformedFileError } from './file-limit-error';

export interface CsvLimits {
  readonly maxColumns: number;
  readonly maxCellChars: number;
}

/**
 * Streams the records of CSV text to `onRow` (1-based record number, cells), checking the column
 * and cell caps on each record as it is parsed; `onRow` returns false to stop, and anything it
 * throws stops the parse and is thrown on.
 */
export function streamCsvRows(
  text: string,
  limits: CsvLimits,
  onRow: (row: number, cells: string[]) => boolean | void,
): void {
  let failure: unknown = null;
  let row = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step(result, parser) {
      row += 1;
      try {
        if (result.errors.some((e) => e.type === 'Quotes'))
          throw new MalformedFileError(`row ${row} has a quote that is never closed`);
        const cells = result.data;
        if (cells.length > limits.maxColumns)
          throw new FileLimitError(
            `row ${row} has ${cells.length.toLocaleString('en-US')} columns, more than the ${limits.maxColumns.toLocaleString('en-US')} read`,
          );
        const long = cells.findIndex((c) => c.length > limits.maxCellChars);
        if (long >= 0)
          throw new FileLimitError(
            `row ${row}, column ${long + 1} holds ${cells[long]!.length.toLocaleString('en-US')} characters, more than the ${limits.maxCellChars.toLocaleString('en-US')} a cell can hold`,
          );
        if (onRow(row, cells) === false) parser.abort();
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
}
