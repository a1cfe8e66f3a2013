import type { CbpPortKind } from './ports';

/*
 * CBP's port code list, "ACE Appendix E - Schedule D - U.S. CBP Port Codes", as CBP publishes it: a
 * PDF whose table pairs a four-digit code with the port's name ("4701 John F. Kennedy Airport,
 * Jamaica, New York"), a name sometimes wrapped onto the next line, pages with a heading and a
 * footer, possibly two code/name columns side by side. Read from the words of its text layer with
 * their positions, so the layout, not the wording, decides what is a code.
 */

/** A word of a page's text layer: its text and where it starts (points, origin top left). */
export interface PlacedWord {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Font size in points (line height is about 1.2 of it). */
  readonly size: number;
}

export interface CbpCodeRow {
  readonly code: string;
  readonly name: string;
}

export type CbpCodeRead = { ok: true; rows: CbpCodeRow[] } | { ok: false; reason: string };

/** The app's own floor: CBP's list holds about 520 codes; far fewer means a part or another document. */
export const minCbpCodes = 300;

const isCode = (text: string) => /^\d{4}$/.test(text);
const snap = (x: number) => Math.round(x / 2) * 2;

/** Page furniture that is never part of a port's name. */
const furniture =
  /^(page \d+( of \d+)?|\d+|appendix e.*|.*schedule d.*|port codes?( port name)?|code( port)? name|cbp)$/i;

function lines(page: readonly PlacedWord[]): PlacedWord[][] {
  const sorted = [...page].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PlacedWord[][] = [];
  for (const word of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line[0]!.y - word.y) < 0.4 * word.size) line.push(word);
    else out.push([word]);
  }
  return out.map((line) => line.sort((a, b) => a.x - b.x));
}

/**
 * The code/name rows of CBP's list from its pages' words. A code column is an x position where
 * four-digit words start on many lines (a number inside a name, "Port 5297 is used", is not one).
 * A line without a code continues the name above it in the same column when it sits close below it.
 */
export function readCbpCodeRows(pages: readonly (readonly PlacedWord[])[]): CbpCodeRead {
  const text = pages
    .slice(0, 2)
    .flat()
    .map((w) => w.text)
    .join(' ');
  if (!/schedule\s*d/i.test(text) || !/\bCBP\b|Customs and Border Protection/i.test(text))
    return {
      ok: false,
      reason:
        'it does not say it is CBP\'s "Appendix E - Schedule D" port code list (no "Schedule D" and "CBP" heading)',
    };
  const pageLines = pages.map(lines);
  // Where codes start: x positions shared by four-digit words on many lines.
  const starts = new Map<number, number>();
  for (const line of pageLines.flat())
    for (const [i, word] of line.entries())
      if (isCode(word.text) && line[i + 1] && /^\p{Lu}/u.test(line[i + 1]!.text))
        starts.set(snap(word.x), (starts.get(snap(word.x)) ?? 0) + 1);
  const total = [...starts.values()].reduce((a, b) => a + b, 0);
  const columns = [...starts].filter(([, n]) => n >= Math.max(5, total * 0.05)).map(([x]) => x);
  const atColumn = (word: PlacedWord) => isCode(word.text) && columns.includes(snap(word.x));

  const sortedColumns = [...columns].sort((x, y) => x - y);
  // The column a word belongs to: the nearest code column at or left of it.
  const columnOf = (word: PlacedWord) => sortedColumns.filter((x) => x <= snap(word.x) + 2).at(-1);

  const rows: { code: string; name: string[]; nameX: number; y: number }[] = [];
  const seen = new Map<string, string>();
  for (const page of pageLines) {
    const open = new Map<number, (typeof rows)[number]>();
    for (const line of page) {
      const segments = new Map<number, PlacedWord[]>();
      for (const word of line) {
        const column = columnOf(word);
        if (column !== undefined) segments.set(column, [...(segments.get(column) ?? []), word]);
      }
      for (const [column, words] of segments) {
        const first = words[0]!;
        if (atColumn(first)) {
          const row = {
            code: first.text,
            name: words.slice(1).map((w) => w.text),
            nameX: words[1]?.x ?? first.x + 30,
            y: first.y,
          };
          rows.push(row);
          open.set(column, row);
          continue;
        }
        // A wrapped name: close under the name above, in its column.
        const text = words.map((w) => w.text).join(' ');
        const row = open.get(column);
        if (furniture.test(text.trim()) || !row) continue;
        if (Math.abs(first.x - row.nameX) < 2 * first.size && first.y - row.y < 1.8 * first.size) {
          row.name.push(text);
          row.y = first.y;
        }
      }
    }
  }
  const out: CbpCodeRow[] = [];
  for (const row of rows) {
    const name = row.name.join(' ').replace(/\s+/g, ' ').trim();
    if (name === '') return { ok: false, reason: `code ${row.code} has no port name beside it` };
    const before = seen.get(row.code);
    if (before !== undefined && before !== name)
      return { ok: false, reason: `code ${row.code} appears twice, as "${before}" and "${name}"` };
    if (before === undefined) out.push({ code: row.code, name });
    seen.set(row.code, name);
  }
  if (out.length < minCbpCodes)
    return {
      ok: false,
      reason: `it lists ${out.length} port codes, fewer than the ${minCbpCodes} of CBP's whole list: the file looks cut short or is another document`,
    };
  return { ok: true, rows: out.sort((a, b) => a.code.localeCompare(b.code)) };
}

const stateByName: Record<string, string> = {
  Alabama: 'AL',
  Alaska: 'AK',
  Arizona: 'AZ',
  Arkansas: 'AR',
  California: 'CA',
  Colorado: 'CO',
  Connecticut: 'CT',
  Delaware: 'DE',
  Florida: 'FL',
  Georgia: 'GA',
  Hawaii: 'HI',
  Idaho: 'ID',
  Illinois: 'IL',
  Indiana: 'IN',
  Iowa: 'IA',
  Kansas: 'KS',
  Kentucky: 'KY',
  Louisiana: 'LA',
  Maine: 'ME',
  Maryland: 'MD',
  Massachusetts: 'MA',
  Michigan: 'MI',
  Minnesota: 'MN',
  Mississippi: 'MS',
  Missouri: 'MO',
  Montana: 'MT',
  Nebraska: 'NE',
  Nevada: 'NV',
  'New Hampshire': 'NH',
  'New Jersey': 'NJ',
  'New Mexico': 'NM',
  'New York': 'NY',
  'North Carolina': 'NC',
  'North Dakota': 'ND',
  Ohio: 'OH',
  Oklahoma: 'OK',
  Oregon: 'OR',
  Pennsylvania: 'PA',
  'Rhode Island': 'RI',
  'South Carolina': 'SC',
  'South Dakota': 'SD',
  Tennessee: 'TN',
  Texas: 'TX',
  Utah: 'UT',
  Vermont: 'VT',
  Virginia: 'VA',
  Washington: 'WA',
  'West Virginia': 'WV',
  Wisconsin: 'WI',
  Wyoming: 'WY',
  'Puerto Rico': 'PR',
  'US Virgin Islands': 'VI',
  'U.S. Virgin Islands': 'VI',
  Guam: 'GU',
  DC: 'DC',
};
const stateNames = Object.keys(stateByName).sort((a, b) => b.length - a.length);

/**
 * A CBP port's state, read from the end of its name as for the bundled CBP codes (SOURCES.md): a
 * spelled-out state, Guam, US Virgin Islands or DC, after any closing parenthetical. Places abroad
 * have none.
 */
export function cbpPortState(name: string): string {
  const text = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  for (const state of stateNames) if (text.endsWith(` ${state}`) || text === state) return stateByName[state]!;
  return '';
}

/**
 * The app's own grouping of CBP codes by the words of their names (SOURCES.md): offices and
 * tracking codes ("Region", "Preclearance", "Port for Tracking", "Olympic", "Alternate", "Cartage
 * Control", "Port NNNN is used") are administrative; places in Canada are abroad; the rest are ports.
 */
export function cbpPortKind(name: string): CbpPortKind {
  if (/Region|Preclearance|Port for Tracking|Olympic|Alternate|Cartage Control|Port \d{4} is used/.test(name))
    return 'administrative';
  if (/Canada|Alberta/.test(name)) return 'abroad';
  return 'port';
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date a CBP document says it is of ("February 3, 2026", "Feb 2026"), the first one on its first page. */
export function publishedOn(text: string): string | null {
  const match = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?(20\d{2})\b/i.exec(
    text,
  );
  if (!match) return null;
  const month = monthNames.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? 1);
  if (day < 1 || day > 31) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
