import portData from './data/ports-schedule-d.json';

export interface Port {
  readonly code: string;
  readonly name: string;
  readonly state: string;
}

export interface PortList {
  readonly source: string;
  readonly asOf: string;
  readonly ports: readonly Port[];
}

export const bundledPorts: PortList = portData;

export type PortCheck =
  | { kind: 'listed'; port: Port }
  | { kind: 'unlisted-in-known-district'; district: string }
  | { kind: 'unknown-district'; district: string }
  | { kind: 'malformed' }
  | { kind: 'empty' };

export interface PortIndex {
  readonly list: PortList;
  check(code: string): PortCheck;
  byCode(code: string): Port | undefined;
}

/**
 * CBP Schedule D codes are four digits; the first two are the district. The bundled Census list
 * is narrower than CBP's own (about 431 of 522 codes), so a well-formed code in a known district
 * that the list lacks is only a warning.
 */
export function indexPorts(list: PortList): PortIndex {
  const byCode = new Map(list.ports.map((p) => [p.code, p]));
  const districts = new Set(list.ports.map((p) => p.code.slice(0, 2)));
  return {
    list,
    byCode: (code) => byCode.get(code.trim()),
    check(code) {
      const trimmed = code.trim();
      if (trimmed === '') return { kind: 'empty' };
      if (!/^\d{4}$/.test(trimmed)) return { kind: 'malformed' };
      const port = byCode.get(trimmed);
      if (port) return { kind: 'listed', port };
      const district = trimmed.slice(0, 2);
      return districts.has(district)
        ? { kind: 'unlisted-in-known-district', district }
        : { kind: 'unknown-district', district };
    },
  };
}
