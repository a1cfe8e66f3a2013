/**
 * Renders a print view of the app (a hash route such as /print/licences/…) to PDF bytes. Only a
 * host with a browser engine can: the desktop app provides one (Electron's printToPDF, see
 * src/main/electron/print-to-pdf.ts); the web host and the CLI have none, and the reports
 * procedures say so instead of guessing.
 */
export type PdfRenderer = (route: string) => Promise<Uint8Array>;
