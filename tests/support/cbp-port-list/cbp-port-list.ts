import fs from 'node:fs';
import path from 'node:path';

import Papa from 'papaparse';

/*
 * CBP's port code list, "ACE M1 Import Manifest EDI - Appendix E - Schedule D - U.S. CBP Port
 * Codes", for tests, RECONSTRUCTED: the published PDF (3 February 2026, cbp.gov) was not available
 * here. Its codes and names are the bundled tables' (assets/reference/SOURCES.md): CBP's own rows
 * (ports-cbp-appendix-e.csv, names as CBP spells them) and the Census Schedule D rows CBP shares,
 * written in CBP's style (mixed case, the state spelled out). The layout is that of CBP's
 * technical appendices: a title block with the date, a two-column "Port Code | Port Name" table
 * whose header repeats on every page, long names wrapping inside their cell, "Page N of M" at the
 * foot. Chromium prints it to a PDF with a text layer, as the published "508" PDF has.
 * `npx tsx scripts/generate-cbp-port-list.ts` writes the committed PDFs of this folder.
 */

export interface CbpListRow {
  readonly code: string;
  readonly name: string;
}

const root = path.resolve(__dirname, '../../..');
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(root, 'assets/reference', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

const stateNames: Record<string, string> = Object.fromEntries(
  (
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC DC|' +
    'FL Florida|GA Georgia|GU Guam|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|' +
    'LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|' +
    'MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|' +
    'ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|PR Puerto Rico|RI Rhode Island|' +
    'SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|VI US Virgin Islands|' +
    'WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming'
  )
    .split('|')
    .map((pair) => [pair.slice(0, 2), pair.slice(3)]),
);

/** "SAN YSIDRO" with state CA → "San Ysidro, California": CBP's way of writing a Census name. */
function cbpStyle(name: string, state: string): string {
  const titled = name
    .toLowerCase()
    .replace(/(^|[\s/(-])([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase());
  const withoutState = titled.replace(new RegExp(`[,.]?\\s*${state}$`, 'i'), '').trim();
  return state && stateNames[state] ? `${withoutState}, ${stateNames[state]}` : withoutState;
}

/** Codes of the Census statistics that are not ports (5901, 7000, 7010): not in CBP's list. */
const statisticsOnly = new Set(['5901', '7000', '7010']);

/** The rows of the 3 February 2026 list: 534 codes, sorted by code. */
export function cbpListRows(): CbpListRow[] {
  const cbp = csv('ports-cbp-appendix-e.csv').map((r) => ({ code: r.code!, name: r.name! }));
  const cbpCodes = new Set(cbp.map((r) => r.code));
  const census = csv('ports-schedule-d.csv')
    .filter((r) => !cbpCodes.has(r.code!) && !statisticsOnly.has(r.code!))
    .map((r) => ({ code: r.code!, name: cbpStyle(r.name!, r.state!) }));
  return [...census, ...cbp].sort((a, b) => a.code.localeCompare(b.code));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The list as CBP lays it out, as HTML for Chromium to print. `date` as CBP writes it: "February 3, 2026". */
export function cbpListHtml(rows: readonly CbpListRow[], date: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>ACE Appendix E - Schedule D</title><style>
@page { size: letter; margin: 0.8in 0.9in 0.9in 0.9in; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; font-weight: normal; margin: 0 0 4pt; }
.date { margin: 0 0 14pt; } p { margin: 0 0 10pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 5pt; text-align: left; vertical-align: top; }
th { background: #d9d9d9; } td.code, th.code { width: 0.8in; }
</style></head><body>
<h1>ACE M1 Import Manifest EDI</h1>
<h2>Appendix E - Schedule D - U.S. CBP Port Codes</h2>
<p class="date">${escape(date)}</p>
<p>The following list contains the U.S. Customs and Border Protection (CBP) port codes used in ACE.</p>
<table><thead><tr><th class="code">Port Code</th><th>Port Name</th></tr></thead><tbody>
${rows.map((r) => `<tr><td class="code">${escape(r.code)}</td><td>${escape(r.name)}</td></tr>`).join('\n')}
</tbody></table></body></html>`;
}

/** The page foot Chromium prints on every page. */
export const cbpListFooter =
  '<div style="font-size:8pt;font-family:Arial,sans-serif;width:100%;text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** The committed PDFs (scripts/generate-cbp-port-list.ts writes them). */
export const cbpListFiles = {
  /** The list of 3 February 2026, as bundled. */
  february2026: path.join(__dirname, 'ace_appendix_e_schedule_d_feb_3_2026.pdf'),
  /** A later list, changed for the tests (not CBP's): 4603 added, 4778 dropped, 3991 renamed. */
  may2026: path.join(__dirname, 'ace_appendix_e_schedule_d_may_4_2026.pdf'),
  /** The first two pages of the February list only (a download cut short). */
  cutShort: path.join(__dirname, 'ace_appendix_e_first_pages.pdf'),
} as const;

/** What the May list changes against February (the tests' expectations). */
export const mayChanges = {
  added: { code: '4603', name: 'Elizabeth Marine Terminal, Elizabeth, New Jersey' },
  dropped: '4778',
  renamed: '3991',
  renamedTo: 'DHL Chicago Hub ECCF, Chicago, Illinois',
} as const;

export function mayRows(): CbpListRow[] {
  return [
    ...cbpListRows()
      .filter((r) => r.code !== mayChanges.dropped)
      .map((r) => (r.code === mayChanges.renamed ? { ...r, name: mayChanges.renamedTo } : r)),
    mayChanges.added,
  ].sort((a, b) => a.code.localeCompare(b.code));
}
