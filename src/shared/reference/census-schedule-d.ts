/**
 * The Census Bureau's "Schedule D - District/Port List" as it publishes it
 * (https://www.census.gov/foreign-trade/schedules/d/dist.txt): a title, a "Produced APRIL25"
 * line, then one pipe-delimited table sorted by name, "Name | Code | District/Port", each row a
 * District (2-digit code) or a Port (4-digit code). Separator, source and note lines carry no "|".
 */
export interface ScheduleDList {
  /** The first day of the month the list says it was produced in, or null when it does not say. */
  readonly producedOn: string | null;
  readonly districts: readonly { code: string; name: string }[];
  readonly ports: readonly { code: string; name: string }[];
}

export type ScheduleDRead = { ok: true; list: ScheduleDList } | { ok: false; reason: string };

export const scheduleDTitle = 'Schedule D - District/Port List';

/** The app's own floor: the list has had about 430 ports for years; far fewer means a cut file. */
export const minScheduleDPorts = 200;

const months = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
];

/** "Produced APRIL25" → 2025-04-01; also "Produced April 2025". */
export function producedOn(text: string): string | null {
  const match = /Produced\s+([A-Za-z]+)\.?\s*(\d{4}|\d{2})\b/.exec(text);
  if (!match) return null;
  const word = match[1]!.toUpperCase();
  const month = months.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
  if (month < 0) return null;
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export const looksLikeScheduleD = (text: string): boolean =>
  text.slice(0, 4000).toLowerCase().includes(scheduleDTitle.toLowerCase());

/** The list's districts and ports, or one reason it is not a whole Schedule D list. */
export function parseScheduleD(text: string): ScheduleDRead {
  if (!looksLikeScheduleD(text))
    return { ok: false, reason: `it has no "${scheduleDTitle}" title, so it is not the Census Schedule D list` };
  const districts = new Map<string, string>();
  const ports = new Map<string, string>();
  let header = false;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.includes('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (!header) {
      if (cells.length === 3 && cells[0] === 'Name' && cells[1] === 'Code' && cells[2] === 'District/Port')
        header = true;
      continue;
    }
    // A Markdown-style rule under the header ("-----|------|-----") is not a row.
    if (cells.every((c) => /^-*$/.test(c))) continue;
    const [name = '', code = '', kind = ''] = cells;
    const row = index + 1;
    if (cells.length !== 3 || name === '')
      return {
        ok: false,
        reason: `line ${row} is not a "Name | Code | District/Port" row: the file looks cut short or damaged`,
      };
    const target = kind === 'District' ? districts : kind === 'Port' ? ports : null;
    const width = kind === 'District' ? 2 : 4;
    if (!target || !new RegExp(`^\\d{${width}}$`).test(code))
      return {
        ok: false,
        reason: `line ${row} ("${line.trim().slice(0, 60)}") is neither a district (2 digits) nor a port (4 digits)`,
      };
    if (target.has(code)) return { ok: false, reason: `${kind.toLowerCase()} ${code} appears twice` };
    target.set(code, name);
  }
  if (!header) return { ok: false, reason: 'it has no "Name | Code | District/Port" table header' };
  if (ports.size < minScheduleDPorts)
    return {
      ok: false,
      reason: `it lists ${ports.size} ports, fewer than the ${minScheduleDPorts} a whole Schedule D list has: the file looks cut short`,
    };
  const sorted = (map: Map<string, string>) =>
    [...map].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
  return { ok: true, list: { producedOn: producedOn(text), districts: sorted(districts), ports: sorted(ports) } };
}
