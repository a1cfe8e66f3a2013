import { describe, expect, it } from 'vitest';
import { bundledHtsRevisions, formatHts, inForce } from './hts';
import { bundledCbpPorts, bundledPorts } from './ports';
import { bundledReference } from './reference-data';
import { referenceDataSchema } from './reference-schema';
import { assetCsv } from '../../../tests/support/reference-assets';

describe('bundled reference data', () => {
  it('is exactly the source CSVs in assets/reference (run scripts/build-reference-data.mjs after changing them)', () => {
    expect(bundledPorts.ports).toEqual(
      assetCsv('ports-schedule-d.csv').map((r) => ({ code: r.code, name: r.name, state: r.state })),
    );
    expect(bundledPorts.notPortsOfEntry).toEqual(
      assetCsv('ports-not-ports-of-entry.csv').map((r) => ({ code: r.code, name: r.name })),
    );
    expect(bundledCbpPorts.ports).toEqual(
      assetCsv('ports-cbp-appendix-e.csv').map((r) => ({
        code: r.code,
        name: r.name,
        state: r.state,
        kind: r.kind,
        censusCode: r.census_code,
      })),
    );
    const byId = new Map(bundledHtsRevisions.map((r) => [r.id, r]));
    expect(byId.get('hts-2026r3')?.lines).toEqual(
      assetCsv('hts-chapter76.csv').map((r) => ({ hts10: r.hts10, description: r.description, unit: r.unit })),
    );
    expect(byId.get('hts-2025r13')?.lines).toEqual(
      assetCsv('hts-chapter76-2025r13.csv').map((r) => ({ hts10: r.hts10, description: r.description, unit: r.unit })),
    );
  });

  it('passes the schema that updates from the portal must pass', () => {
    expect(() => referenceDataSchema.parse(bundledReference.data)).not.toThrow();
  });

  it('has 431 Schedule D ports with their leading zeros, and the 107 CBP codes Census lacks', () => {
    expect(bundledPorts.ports).toHaveLength(431);
    expect(bundledPorts.ports[0]).toEqual({ code: '0101', name: 'PORTLAND, ME', state: 'ME' });
    expect(bundledCbpPorts.ports).toHaveLength(107);
    expect(bundledCbpPorts.ports[0]).toMatchObject({ code: '0221', kind: 'administrative' });
    // Every correspondence names a Census code the Census list really has.
    const census = new Set(bundledPorts.ports.map((p) => p.code));
    const twins = bundledCbpPorts.ports.filter((p) => p.censusCode !== '');
    expect(twins.map((p) => `${p.code}=${p.censusCode}`)).toEqual([
      '2377=2383',
      '4601=1003',
      '4602=1004',
      '4670=1069',
      '4681=1081',
      '4701=1012',
      '4771=1071',
      '4772=1072',
    ]);
    for (const twin of twins) expect(census.has(twin.censusCode)).toBe(true);
  });

  it('picks the revision in force on a date, and the earliest one before any', () => {
    expect(inForce(bundledHtsRevisions, '2026-01-01').id).toBe('hts-2026r3');
    expect(inForce(bundledHtsRevisions, '2025-12-31').id).toBe('hts-2025r13');
    expect(inForce(bundledHtsRevisions, '2021-07-01').id).toBe('hts-2025r13');
  });

  it('derives the product category and names the data version', () => {
    const hts = bundledReference.htsOn('2026-03-01');
    expect(hts.category('7606123035')).toBe('Plates, sheets and strip');
    expect(hts.category('7616995170')).toBe('Forgings');
    expect(bundledReference.asOf).toBe('2026-02-22');
    expect(bundledReference.version).toContain('hts-2026r3');
    expect(formatHts('7606123035')).toBe('7606.12.30.35');
  });
});
