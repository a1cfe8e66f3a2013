// Regenerates src/shared/reference/data/*.json from the sources in assets/reference/ (provenance
// in assets/reference/SOURCES.md and assets/reference/usitc/README.md). Run after replacing one:
//   node scripts/build-reference-data.mjs
// The HTS revisions are read from USITC's own CSV export (cut to chapter 76, bytes as published)
// by the same reader the app uses to import a revision a user downloads
// (src/main/core/reference/hts-export-file.ts), so bundled and imported revisions read alike.
// The app reads only the JSON; a unit test checks it still matches the sources.
import fs from 'node:fs';
import path from 'node:path';

import Papa from 'papaparse';
import { tsImport } from 'tsx/esm/api';

import { projectRoot } from './native-module.mjs';

const source = (name) => path.join(projectRoot, 'assets/reference', name);
const target = (name) => path.join(projectRoot, 'src/shared/reference/data', name);
const { bundledHtsSources, bundledRevisionFromExport } = await tsImport(
  path.join(projectRoot, 'src/main/core/reference/bundled-hts-sources.ts'),
  import.meta.url,
);

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

for (const bundled of bundledHtsSources) {
  const revision = bundledRevisionFromExport(bundled, fs.readFileSync(source(bundled.cut)));
  write(`${revision.id}.json`, revision);
}
console.log('reference data written to src/shared/reference/data');
