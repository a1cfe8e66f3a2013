import { describe, expect, it } from 'vitest';

import { bundledCbpPorts, bundledPorts, indexPorts } from './ports';
import { bundledReference } from './reference-data';

const ports = bundledReference.ports;
const kindOf = (code: string) => ports.check(code).kind;

describe('port classification (CBP and Census lists, domain note §8)', () => {
  it("knows CBP's New York area codes, which Census numbers in district 10", () => {
    const jfk = ports.check('4701');
    expect(jfk).toMatchObject({ kind: 'listed', port: { code: '4701', inCbp: true, inCensus: false, kind: 'port' } });
    expect(ports.byCode('4701')).toMatchObject({
      name: 'John F. Kennedy Airport, Jamaica, New York',
      place: 'John F. Kennedy Airport, Jamaica, New York',
      alias: { scheme: 'Census', code: '1012', name: 'JFK INTERNATIONAL AIRPORT, NY' },
    });
    expect(ports.byCode('4601')?.alias).toMatchObject({ scheme: 'Census', code: '1003' });
    // And the other way round: the Census code names its CBP twin.
    expect(ports.byCode('1012')).toMatchObject({
      inCensus: true,
      inCbp: false,
      alias: { scheme: 'CBP', code: '4701' },
    });
  });

  it('accepts a code of either list and keeps Census places valid', () => {
    for (const code of ['3901', '1012', '1003', '4601', '4701', '4602', '0781', '5314', '4671'])
      expect(kindOf(code)).toBe('listed');
    expect(ports.byCode('4671')).toMatchObject({ inCensus: true, inCbp: true });
  });

  it('refuses a district neither list has, and only warns for an unlisted code in a known district', () => {
    expect(ports.check('8888')).toEqual({ kind: 'unknown-district', district: '88' });
    expect(ports.check('9901')).toEqual({ kind: 'unknown-district', district: '99' });
    expect(ports.check('4799')).toEqual({ kind: 'unlisted-in-known-district', district: '47' });
    expect(ports.check('1105')).toEqual({ kind: 'unlisted-in-known-district', district: '11' });
  });

  it('tells the statistics codes apart: they are not ports of entry', () => {
    expect(ports.check('7000')).toEqual({ kind: 'not-a-port-of-entry', code: '7000', name: 'LOW-VALUE' });
    for (const code of ['5901', '7010', '8000', '6000', '7070']) expect(kindOf(code)).toBe('not-a-port-of-entry');
    // A district made only of statistics codes is no district of ports.
    expect(ports.check('7099')).toEqual({ kind: 'unknown-district', district: '70' });
  });

  it("marks CBP's office, preclearance and foreign codes, and leaves them out of the picker", () => {
    expect(ports.byCode('7100')).toMatchObject({
      kind: 'administrative',
      name: 'Northeast Region, Boston, Massachusetts',
    });
    expect(ports.byCode('7541')?.kind).toBe('administrative');
    expect(ports.byCode('3428')).toMatchObject({ kind: 'abroad', state: '' });
    const picked = new Set(ports.pickable.map((p) => p.code));
    expect(picked.has('4701')).toBe(true);
    expect(picked.has('3901')).toBe(true);
    for (const code of ['7100', '7541', '3428', '7000', '5901']) expect(picked.has(code)).toBe(false);
    expect(ports.pickable.map((p) => p.code)).toEqual([...picked].sort());
  });

  it('writes a place with its state once, whichever list named it', () => {
    expect(ports.byCode('3901')?.place).toBe('CHICAGO, IL');
    expect(ports.byCode('1119')?.place).toBe('ALLENTOWN, PA (LEHIGH VALLEY INTL AIRPT)');
    expect(ports.byCode('0921')?.place).toBe('Northeast Region, Boston Massachusetts');
    expect(ports.byCode('1073')?.place).toBe('EMERY WORLDWIDE, NY');
  });

  it('works on tables from before the CBP list was bundled', () => {
    const census = { ...bundledPorts, notPortsOfEntry: undefined };
    const old = indexPorts(census, { ...bundledCbpPorts, ports: [] });
    expect(old.check('4701').kind).toBe('unknown-district');
    expect(old.check('3901').kind).toBe('listed');
  });
});
