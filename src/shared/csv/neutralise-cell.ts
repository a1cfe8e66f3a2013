/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return before
 * one) as a formula: a supplier name like `=HYPERLINK(...)` in an exported CSV would execute on the
 * broker's machine. Such cells get a leading apostrophe, which spreadsheets show as plain text.
 */
// Apostrophes already in front count too: "'=x" typed by a user must come back as "'=x", so it
// is written as "''=x" and the reader takes exactly one apostrophe off.
const formulaStart = /^'*[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell when our own export is read back. */
export function restoreCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
