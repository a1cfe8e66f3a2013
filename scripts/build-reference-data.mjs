// Regenerates src/shared/reference/data/*.json from the source CSVs in assets/reference/
// (provenance in assets/reference/SOURCES.md). Run after replacing a CSV:
//   node scripts/build-reference-data.mjs
// The app reads only the JSON; a unit test checks it still matches the CSVs.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { projectRoot } from './native-module.mjs';

const source = (name) => path.join(projectRoot, 'assets/reference', name);
const target = (name) => path.join(projectRoot, 'src/shared/reference/data', name);

function readCsv(name) {
  const parsed = Papa.parse(fs.readFileSync(source(name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

const write = (name, value) => fs.writeFileSync(target(name), `${JSON.stringify(value, null, 1)}\n`);

write('ports-schedule-d.json', {
  source: 'U.S. Census Bureau, Schedule D - District/Port List (April 2025); assets/reference/ports-schedule-d.csv',
  asOf: '2025-04-01',
  ports: readCsv('ports-schedule-d.csv').map((r) => ({ code: r.code, name: r.name, state: r.state })),
  // Trade-statistics codes that are not places goods are entered (domain note §8); the rules refuse them.
  notPortsOfEntry: readCsv('ports-not-ports-of-entry.csv').map((r) => ({ code: r.code, name: r.name })),
});

const cbpKinds = new Set(['port', 'administrative', 'abroad']);
write('ports-cbp-appendix-e.json', {
  source:
    'U.S. CBP, ACE M1 Import Manifest EDI, Appendix E - Schedule D - U.S. CBP Port Codes (3 February 2026): the codes Census lacks; assets/reference/ports-cbp-appendix-e.csv',
  asOf: '2026-02-03',
  ports: readCsv('ports-cbp-appendix-e.csv').map((r) => {
    if (!cbpKinds.has(r.kind)) throw new Error(`ports-cbp-appendix-e.csv: ${r.code} has kind "${r.kind}"`);
    return { code: r.code, name: r.name, state: r.state, kind: r.kind, censusCode: r.census_code };
  }),
});

for (const [file, id, label, effectiveFrom, sourceDate] of [
  ['hts-chapter76-2025r13.csv', 'hts-2025r13', '2025 Revision 13', '2025-01-01', '2025-06-12'],
  ['hts-chapter76.csv', 'hts-2026r3', '2026 Revision 3', '2026-01-01', '2026-02-22'],
]) {
  const rows = readCsv(file);
  write(`${id}.json`, {
    id,
    label: `HTS ${label}`,
    // Chapter-76 statistical suffixes change with the annual Basic Edition (1 January); the
    // revision snapshot is applied from the start of its year. See SOURCES.md for the copy used.
    effectiveFrom,
    sourceDate,
    source: `USITC Harmonized Tariff Schedule, ${label}, chapter 76; assets/reference/${file}`,
    lines: rows.map((r) => ({ hts10: r.hts10, description: r.description, unit: r.unit })),
  });
}
console.log('reference data written to src/shared/reference/data');
