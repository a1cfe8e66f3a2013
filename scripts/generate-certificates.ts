// `npx tsx scripts/generate-certificates.ts [--out DIR] [--set development|held-out|all]`: writes the
// certificate reader's test documents (PDFs, scans) with their expected answers beside them, to
// look at or to read with `aim-licence evidence read`. The bench and the tests generate the same
// files on their own (tests/support/certificates).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { developmentSets } from '../tests/support/certificates/development-sets';
import { generateCertificates } from '../tests/support/certificates/generate-certificates';
import { heldOutSet } from '../tests/support/certificates/held-out-set';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'test-results/certificates' }, set: { type: 'string', default: 'all' } },
});
const sets = { development: developmentSets, 'held-out': heldOutSet } as const;
async function main(): Promise<void> {
  for (const [name, cases] of Object.entries(sets)) {
    if (values.set !== 'all' && values.set !== name) continue;
    const dir = path.resolve(values.out!, name);
    const made = await generateCertificates(cases, dir);
    console.log(`${name}: ${made.length} documents in ${dir}`);
  }
}

void main();
