import { describe, expect, it } from 'vitest';

import { stateFromPortName } from './port-state';
import { bundledPorts } from './ports';

/** The 15 rows whose state SOURCES.md took from another list (their names carry none). */
const notInName = [
  '1073',
  '2504',
  '2506',
  '2507',
  '2776',
  '3025',
  '3029',
  '3082',
  '3324',
  '3385',
  '3881',
  '4183',
  '4184',
  '4196',
  '5206',
];

describe('the state of a Schedule D port, read from its name', () => {
  it('is what the bundled list has for every port whose name carries one (431 ports, two-state names included)', () => {
    const differing = bundledPorts.ports
      .filter((p) => stateFromPortName(p.name) !== p.state)
      .map((p) => `${p.code} ${p.name}: ${stateFromPortName(p.name) || '—'} (list: ${p.state || '—'})`);
    expect(differing.map((d) => d.slice(0, 4)).sort()).toEqual([...notInName].sort());
  });
});

describe('state spellings', () => {
  it.each([
    ['ALLENTOWN, PA (LEHIGH VALLEY INTL AIRPT)', 'PA'],
    ['SIOUX FALLS, S.D.', 'SD'],
    ['ST. THOMAS VI BORDER PATROL', 'VI'],
    ['DAVENPORT, IA-ROCK ISLAND, IL', 'IL'],
    ['HARTFORD. CT', 'CT'],
    ['SAN JUAQUIN RIVER,CA', 'CA'],
    ['LOW-VALUE', ''],
  ])('%s → %s', (name, state) => expect(stateFromPortName(name)).toBe(state));
});
