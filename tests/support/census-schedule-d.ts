import fs from 'node:fs';
import path from 'node:path';

import Papa from 'papaparse';

/*
 * Census "Schedule D - District/Port List" (dist.txt) for tests, RECONSTRUCTED: no stored copy of
 * the published file could be read. Its rows are the April 2025 list as Census published it (the
 * port names of assets/reference/ports-schedule-d.csv, and the district names of the same parsed
 * copy, GitHub akashok1/semiconductor-rare-earth-supply-chain-risk,
 * data/reference/generated/census_ports.csv at 8ea06d62); its layout is what two public parsers of
 * the published file rely on (that repository's ingest/census.py at the same commit, and a second
 * parser of "dist2.txt" in the code index): a title line, a "Produced APRIL25" line, a
 * "Name | Code | District/Port" header, rows "NAME | CODE | District" or "| Port" sorted by name,
 * and lines without "|" (rules, source notes) between. The exact spacing of the real file is not
 * known; the app's reader trims every cell, as both parsers do.
 */
const districtNames: Record<string, string> = {
  '01': 'PORTLAND, ME',
  '02': 'ST. ALBANS, VT',
  '04': 'BOSTON, MA',
  '05': 'PROVIDENCE, RI',
  '07': 'OGDENSBURG, NY',
  '09': 'BUFFALO, NY',
  '10': 'NEW YORK CITY, NY',
  '11': 'PHILADELPHIA, PA',
  '13': 'BALTIMORE, MD',
  '14': 'NORFOLK, VA',
  '15': 'WILMINGTON, NC',
  '16': 'CHARLESTON, SC',
  '17': 'SAVANNAH, GA',
  '18': 'TAMPA, FL',
  '19': 'MOBILE, AL',
  '20': 'NEW ORLEANS, LA',
  '21': 'PORT ARTHUR, TX',
  '23': 'LAREDO, TX',
  '24': 'EL PASO, TX',
  '25': 'SAN DIEGO, CA',
  '26': 'NOGALES, AZ',
  '27': 'LOS ANGELES, CA',
  '28': 'SAN FRANCISCO, CA',
  '29': 'COLUMBIA-SNAKE, OR',
  '30': 'SEATTLE, WA',
  '31': 'ANCHORAGE, AK',
  '32': 'HONOLULU, HI',
  '33': 'GREAT FALLS, MT',
  '34': 'PEMBINA, ND',
  '35': 'MINNEAPOLIS, MN',
  '36': 'DULUTH, MN',
  '37': 'MILWAUKEE, WI',
  '38': 'DETROIT, MI',
  '39': 'CHICAGO, IL',
  '41': 'CLEVELAND, OH',
  '45': 'ST LOUIS, MO',
  '49': 'SAN JUAN, PR',
  '51': 'VIRGIN ISLANDS OF THE UNITED STATES',
  '52': 'MIAMI, FL',
  '53': 'HOUSTON-GALVESTON, TX',
  '54': 'WASHINGTON, DC',
  '55': 'DALLAS/FT. WORTH, TX',
  '59': 'NORFOLK/MOBILE/CHARLESTON',
  '70': 'LOW-VALUED IMPORTS AND EXPORTS',
};

export interface ScheduleDRow {
  readonly name: string;
  readonly code: string;
  readonly kind: 'District' | 'Port';
}

/** The April 2025 rows: 44 districts and 431 ports. */
export function scheduleDRows(): ScheduleDRow[] {
  const csv = fs.readFileSync(path.resolve(__dirname, '../../assets/reference/ports-schedule-d.csv'), 'utf8');
  const ports = Papa.parse<{ code: string; name: string }>(csv, { header: true, skipEmptyLines: true }).data;
  return [
    ...Object.entries(districtNames).map(([code, name]) => ({ name, code, kind: 'District' as const })),
    ...ports.map((p) => ({ name: p.name, code: p.code, kind: 'Port' as const })),
  ];
}

/** dist.txt text from rows (sorted by name, as Census sorts it). */
export function scheduleDText(rows: readonly ScheduleDRow[] = scheduleDRows(), produced = 'APRIL25'): string {
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
  return [
    'Schedule D - District/Port List',
    `Produced ${produced}`,
    '',
    'Name | Code | District/Port',
    '-----|------|--------------',
    ...sorted.map((r) => `${r.name} | ${r.code} | ${r.kind}`),
    '',
    'Source: U.S. Census Bureau, Foreign Trade Division',
    '',
  ].join('\r\n');
}
