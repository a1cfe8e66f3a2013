/*
 * "Print" and "Save as PDF" asked for from a screen that is not the print preview (the licence
 * page, the register's selection): the preview opens and does it once its sheets are ready.
 */
let wanted: 'print' | 'pdf' | null = null;

export function requestWhenPrintable(what: 'print' | 'pdf'): void {
  wanted = what;
}

/** What the print preview should do now that it is ready (asked once; the request is then gone). */
export function takePrintRequest(): 'print' | 'pdf' | null {
  const what = wanted;
  wanted = null;
  return what;
}
