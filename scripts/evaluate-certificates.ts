// `npx tsx scripts/evaluate-certificates.ts [--set development|held-out] [--only ID]`: reads the
// certificate test set with the app's reader and prints every field's verdict (right, wrong,
// missed, spurious) with the text it was read from. Tune on the development set only.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument } from '../src/main/core/documents/reading/document-reader';
import { endIdleWorkers } from '../src/main/core/workers/run-in-worker';
import { developmentSets } from '../tests/support/certificates/development-sets';
import { generateCertificates } from '../tests/support/certificates/generate-certificates';
import { heldOutSet } from '../tests/support/certificates/held-out-set';
import { accuracyPct, coreFields, judge, tally, type FieldVerdict } from '../tests/support/certificates/score-readings';
import { sniffAttachmentKind } from '../src/main/core/documents/sniff-file-type';
import fs from 'node:fs';
import { extensionOf } from '../src/shared/evidence/attachment-rules';
import type { ReadableKind } from '../src/main/core/documents/reading/reading-limits';

const { values } = parseArgs({
  options: { set: { type: 'string', default: 'development' }, only: { type: 'string' } },
});

async function main(): Promise<void> {
  const cases = (values.set === 'held-out' ? heldOutSet : developmentSets).filter(
    (c) => !values.only || c.id.includes(values.only),
  );
  const made = await generateCertificates(cases, path.join(os.tmpdir(), 'aim-certificates', values.set!));
  const all: FieldVerdict[] = [];
  for (const doc of made) {
    const bytes = fs.readFileSync(doc.file);
    const kind = sniffAttachmentKind(bytes, extensionOf(doc.file)) as ReadableKind;
    const reading = await readDocument(bytes, kind, path.basename(doc.file));
    const verdicts = judge(doc.expected, reading);
    all.push(...verdicts);
    console.log(
      `\n${doc.id} (${reading.method}, ${reading.pages} p, ${reading.readMs} ms)${reading.notes.length ? ` notes: ${reading.notes.join(' ')}` : ''}`,
    );
    for (const v of verdicts) {
      if (v.verdict === 'absent') continue;
      const mark = v.verdict === 'right' ? '  ok ' : '  XX ';
      console.log(
        `${mark}${v.field.padEnd(13)} want ${String(v.expected).padEnd(12)} got ${String(v.proposed).padEnd(14)} ${v.verdict === 'right' ? '' : `[${v.verdict}] `}« ${v.source ?? ''} »`,
      );
    }
  }
  const core = tally(all, coreFields);
  console.log(`\ncore fields: ${core.right}/${core.stated} right, ${core.spurious} spurious → ${accuracyPct(core)} %`);
  console.log(`issuer: ${JSON.stringify(tally(all, ['issuer']))}  product: ${JSON.stringify(tally(all, ['product']))}`);
  await endIdleWorkers();
}

void main();
