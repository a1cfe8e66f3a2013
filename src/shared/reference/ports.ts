import cbpData from './data/ports-cbp-appendix-e.json';
import censusData from './data/ports-schedule-d.json';

/*
 * U.S. port codes, four digits DDPP (district, port). The AIM portal and ACE use CBP's codes; the
 * bundled lists are the Census Schedule D list and the CBP codes of ACE Appendix E that Census
 * lacks (assets/reference/SOURCES.md). The two number some places differently: the New York area
 * is district 46/47 at CBP (4601 Newark, 4701 JFK) and district 10 at Census (1003, 1012). A code
 * in either list is valid (domain note §8).
 */

export interface Port {
  readonly code: string;
  readonly name: string;
  readonly state: string;
}

/** A code used in trade statistics that is not a place goods are entered (e.g. 7000 low value). */
export interface NotPortOfEntry {
  readonly code: string;
  readonly name: string;
}

/** The Census Schedule D list. */
export interface PortList {
  readonly source: string;
  readonly asOf: string;
  readonly ports: readonly Port[];
  readonly notPortsOfEntry?: readonly NotPortOfEntry[];
}

/** `administrative`: a CBP region office, preclearance station or tracking code; `abroad`: a place outside the U.S. */
export type CbpPortKind = 'port' | 'administrative' | 'abroad';

export interface CbpPort extends Port {
  readonly kind: CbpPortKind;
  /** The Census code of the same place, when Census numbers it differently ('' when not). */
  readonly censusCode: string;
}

/** CBP's own codes (ACE Appendix E - Schedule D) beyond the Census list. */
export interface CbpPortList {
  readonly source: string;
  readonly asOf: string;
  readonly ports: readonly CbpPort[];
}

export const bundledPorts: PortList = censusData;
export const bundledCbpPorts: CbpPortList = cbpData as CbpPortList;

/** One code as the rules, pickers and printouts see it, from whichever list has it. */
export interface PortEntry extends Port {
  readonly kind: CbpPortKind;
  /** "Place, ST": the name, with the state added when the name does not carry it. */
  readonly place: string;
  readonly inCensus: boolean;
  readonly inCbp: boolean;
  /** The same place under the other numbering: Census 1012 for CBP 4701, CBP 4701 for Census 1012. */
  readonly alias: { readonly scheme: 'Census' | 'CBP'; readonly code: string; readonly name: string } | null;
}

export type PortCheck =
  | { kind: 'listed'; port: PortEntry }
  | { kind: 'not-a-port-of-entry'; code: string; name: string }
  | { kind: 'unlisted-in-known-district'; district: string }
  | { kind: 'unknown-district'; district: string }
  | { kind: 'malformed' }
  | { kind: 'empty' };

export interface PortIndex {
  readonly list: PortList;
  readonly cbp: CbpPortList;
  check(code: string): PortCheck;
  byCode(code: string): PortEntry | undefined;
  /** Codes a filer would pick as an expected port of entry, in code order (no office or statistics codes). */
  readonly pickable: readonly PortEntry[];
}

const stateNames: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'DC',
  FL: 'Florida',
  GA: 'Georgia',
  GU: 'Guam',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  VI: 'US Virgin Islands',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** Census names carry the state as ", IL"; CBP's spell it out (", Illinois"). Either way it is not repeated. */
function placeOf(port: Port): string {
  if (port.state === '') return port.name;
  const name = port.name.replace(/\s*\(.*\)$/, '').toUpperCase();
  const full = (stateNames[port.state] ?? port.state).toUpperCase();
  const carries = [`, ${port.state}`, `,${port.state}`, `. ${port.state}`, ` ${full}`].some((end) =>
    name.endsWith(end),
  );
  return carries ? port.name : `${port.name}, ${port.state}`;
}

export function indexPorts(census: PortList, cbp: CbpPortList): PortIndex {
  const notPorts = new Map((census.notPortsOfEntry ?? []).map((p) => [p.code, p]));
  const censusByCode = new Map(census.ports.map((p) => [p.code, p]));
  const cbpByCode = new Map(cbp.ports.map((p) => [p.code, p]));
  // Census codes of places CBP numbers differently: 1012 → CBP 4701.
  const cbpForCensus = new Map(cbp.ports.filter((p) => p.censusCode !== '').map((p) => [p.censusCode, p]));

  const entries = new Map<string, PortEntry>();
  for (const code of new Set([...censusByCode.keys(), ...cbpByCode.keys()])) {
    if (notPorts.has(code)) continue;
    const fromCbp = cbpByCode.get(code);
    const fromCensus = censusByCode.get(code);
    const base: Port = fromCbp ?? fromCensus!;
    const censusTwin = fromCbp && fromCbp.censusCode !== '' ? censusByCode.get(fromCbp.censusCode) : undefined;
    const cbpTwin = !fromCbp ? cbpForCensus.get(code) : undefined;
    entries.set(code, {
      code,
      name: base.name,
      state: base.state,
      kind: fromCbp?.kind ?? 'port',
      place: placeOf(base),
      inCensus: fromCensus !== undefined,
      inCbp: fromCbp !== undefined,
      alias: censusTwin
        ? { scheme: 'Census', code: censusTwin.code, name: censusTwin.name }
        : cbpTwin
          ? { scheme: 'CBP', code: cbpTwin.code, name: cbpTwin.name }
          : null,
    });
  }
  // A district is known when either list has a place in it (statistics codes do not count).
  const districts = new Set([...entries.keys()].map((code) => code.slice(0, 2)));
  const pickable = [...entries.values()].filter((e) => e.kind === 'port').sort((a, b) => a.code.localeCompare(b.code));

  return {
    list: census,
    cbp,
    pickable,
    byCode: (code) => entries.get(code.trim()),
    check(code) {
      const trimmed = code.trim();
      if (trimmed === '') return { kind: 'empty' };
      if (!/^\d{4}$/.test(trimmed)) return { kind: 'malformed' };
      const notPort = notPorts.get(trimmed);
      if (notPort) return { kind: 'not-a-port-of-entry', code: trimmed, name: notPort.name };
      const port = entries.get(trimmed);
      if (port) return { kind: 'listed', port };
      const district = trimmed.slice(0, 2);
      return districts.has(district)
        ? { kind: 'unlisted-in-known-district', district }
        : { kind: 'unknown-district', district };
    },
  };
}
