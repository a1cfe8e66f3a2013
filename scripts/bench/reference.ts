import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { fixedClock } from '#core/clock';
import { toCanonicalCsv } from '#core/imports/export-licences';
import { readHtsExport } from '#core/reference/hts-export-file';
import { readReferenceFile } from '#core/reference/reference-file';

import { cbpListFiles } from '../../tests/support/cbp-port-list/cbp-port-list';
import { fileRow } from '../../tests/support/licence-files';
import { openTestCore } from '../../tests/support/temp-core';
import {
  newLineUnder76042910,
  usitcCsvRecord,
  usitcFile,
  withoutRecords,
  withRecordsAfter,
} from '../../tests/support/usitc-exports';

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number) => Math.round(n * 10) / 10;

/** A whole-schedule-sized export: 35,500 rows of other chapters before the real chapter-76 cut. */
function wholeScheduleSized(chapter76: Buffer): Buffer {
  const text = chapter76.toString('utf8').replace(/^\uFEFF/, '');
  const end = text.indexOf('\r\n') + 2;
  const filler: string[] = [];
  for (let i = 0; i < 35_500; i += 1) {
    const heading = String(1 + Math.floor(i / 500)).padStart(2, '0');
    filler.push(
      usitcCsvRecord({
        hts: `${heading}${String(i % 100).padStart(2, '0')}.${String(i % 90).padStart(2, '0')}.00.${String(i % 97).padStart(2, '0')}`,
        indent: i % 5,
        description: `Filler article ${i} of a chapter before 76, worded like a real line of the schedule`,
        units: ['kg'],
      }),
    );
  }
  return Buffer.from(`\uFEFF${text.slice(0, end)}${filler.join('')}${text.slice(end)}`, 'utf8');
}

/**
 * Reference data by file: reading a whole-schedule-sized USITC CSV (about 4 MB, 35,700 rows), then
 * previewing and applying a revision over 10,000 open licences of which 2,000 use a line it drops.
 * CBP's port code list: its 14-page PDF read from the text layer (cbpListRead_ms).
 * Goals: referenceRead_ms < 2,000; referencePreview10k_ms < 3,000; referenceApply10k_ms < 10,000;
 * cbpListRead_ms < 5,000.
 */
export async function run(): Promise<Record<string, number>> {
  const cut = usitcFile('2026r3');
  const whole = wholeScheduleSized(cut);
  log(`reading a ${(whole.length / 1024 / 1024).toFixed(1)} MB export…`);
  readHtsExport(whole, 'warm-up.csv');
  let start = performance.now();
  const read = readHtsExport(whole, 'hts_2026_revision_5_csv.csv');
  const referenceRead_ms = performance.now() - start;
  if (read.lines.length !== 124) throw new Error(`read ${read.lines.length} chapter-76 lines`);

  log("reading CBP's port code list (PDF)…");
  const cbpPdf = fs.readFileSync(cbpListFiles.may2026);
  await readReferenceFile(cbpPdf, 'warm-up.pdf');
  start = performance.now();
  const cbp = await readReferenceFile(cbpPdf, 'ace_appendix_e_schedule_d_may_4_2026.pdf');
  const cbpListRead_ms = performance.now() - start;
  if (cbp.type !== 'ports-cbp' || cbp.ports.ports.length !== 534) throw new Error('the CBP list was misread');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bench-reference-'));
  const core = openTestCore({ dataDir: dir, clock: fixedClock('2026-08-01T15:00:00Z') });
  try {
    log('importing 10,000 licences…');
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      fileRow(`PO-${String(i).padStart(5, '0')}`, {
        hts_code: i % 5 === 0 ? '7601.10.60.45' : '7606.12.30.35',
        expected_export_date: '2026-09-10',
        expected_import_date: '2026-09-20',
      }),
    );
    const preview = await core.imports.preview('bench.csv', Buffer.from(toCanonicalCsv(rows)));
    core.imports.commit(preview.importId!, false);

    const revision5 = withRecordsAfter(withoutRecords(whole, ['7601.10.60.45']), '7604.29.10.10', [
      newLineUnder76042910,
    ]);
    start = performance.now();
    const shown = await core.referenceChanges.previewImport({
      fileName: 'hts_2026_revision_5_csv.csv',
      bytes: revision5,
      effectiveFrom: '2026-09-01',
    });
    const referencePreview10k_ms = performance.now() - start;
    if (shown.licences.impacts[0]?.licences.length !== 2_000) throw new Error('the preview missed licences');
    start = performance.now();
    const applied = core.referenceChanges.apply(shown.previewId);
    const referenceApply10k_ms = performance.now() - start;
    if (applied.checked !== 10_000 || applied.nowInvalid.length !== 2_000)
      throw new Error('the re-check missed licences');
    return {
      referenceRead_ms: round(referenceRead_ms),
      referencePreview10k_ms: round(referencePreview10k_ms),
      referenceApply10k_ms: round(referenceApply10k_ms),
      cbpListRead_ms: round(cbpListRead_ms),
    };
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
