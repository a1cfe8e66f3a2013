import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseCountry } from '#shared/reference/countries';
import { handoffCsvHeader } from '#shared/reports/build-handoff';
import type { Handoff, HandoffEntry } from '#shared/reports/handoff-schema';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { entryNumber, type SeededReports, seedReports } from '../../../../tests/support/report-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
let seeded: SeededReports;
beforeEach(async () => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  seeded = await seedReports(coreCall(core));
});
afterEach(() => core.dispose());

type HandoffFiles = {
  handoff: Handoff;
  csv: { fileName: string; content: string };
  json: { fileName: string; content: string };
};
const handoffFor = (entry: string) => coreCall(core)<HandoffFiles>('handoff.entry', { entryNumber: entry });

/** What the record 07 field must hold for a stored licence country value. */
const ace = (stored: string) => {
  const value = parseCountry(stored);
  return value.kind === 'country' ? value.code : value.kind === 'unknown' ? 'UN' : '';
};

describe('broker hand-off', () => {
  it('lists the entries licences name, with their licence and line counts', async () => {
    const entries = await coreCall(core)<HandoffEntry[]>('handoff.entries', {});
    expect(entries).toEqual([
      {
        entryNumber,
        entryNumberFormatted: 'LKS-1020304-1',
        licenceCount: 2,
        lineCount: 3,
        firstImportDate: '2026-03-20',
        imported: false,
        statuses: ['issued'],
      },
    ]);
  });

  it('matches the stored licences field by field, in CSV and JSON alike', async () => {
    const { handoff, csv, json } = await handoffFor('lks-1020304-1');
    expect(handoff).toMatchObject({
      entryNumber,
      entryNumberFormatted: 'LKS-1020304-1',
      licenceTypeCode: '28',
      ready: true,
    });
    expect(JSON.parse(json.content)).toEqual(handoff);
    expect(csv.fileName).toBe(`aim-broker-handoff-${entryNumber}.csv`);

    const licences = [core.licences.get(seeded.issued.id), core.licences.get(seeded.second.id)];
    const expected = licences.flatMap((licence) => licence.lines.map((line) => ({ licence, line })));
    expect(handoff.lines).toHaveLength(expected.length);
    const rows = Papa.parse<string[]>(csv.content.trim(), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...handoffCsvHeader]);
    expected.forEach(({ licence, line }, i) => {
      const out = handoff.lines[i]!;
      expect(out).toMatchObject({
        lineNumber: i + 1,
        licenceId: licence.id,
        licenceReference: licence.reference,
        licenceTypeCode: '28',
        licenceNumber: licence.licenceNumber,
        htsCode: line.htsCode,
        quantityKg: line.quantityKg,
        valueUsd: line.valueUsd,
        primarySmeltCountry: ace(line.smeltCountryLargest),
        secondarySmeltCountry: ace(line.smeltCountrySecond),
        castCountry: ace(line.castCountry),
        primaryAluminumIndicator: line.smeltCountryLargest === 'N/A' ? 'N' : 'Y',
      });
      expect(rows[i + 1]).toEqual([
        entryNumber,
        String(i + 1),
        '28',
        licence.licenceNumber,
        line.htsCode,
        String(line.quantityKg),
        line.valueUsd!.toFixed(2),
        ace(line.smeltCountryLargest),
        ace(line.smeltCountrySecond),
        ace(line.castCountry),
        out.primaryAluminumIndicator,
        out.secondaryAluminumIndicator,
        licence.reference,
        'Regular',
      ]);
    });
    // The figures a broker keys, spot-checked against what was typed.
    expect(rows[2]).toEqual([
      entryNumber,
      '2',
      '28',
      'AL2026000417',
      '7607113000',
      '2500.5',
      '12345.67',
      'AE',
      'IN',
      'AE',
      'Y',
      'N',
      'PO-2026-0417',
      'Regular',
    ]);
    expect(handoff.issues.map((issue) => issue.code)).toEqual(['ACE_SECONDARY_CONTENT_ASSUMED']);
  });

  it('flags what ACE would reject: a licence not yet issued', async () => {
    const low = await coreCall(core)<{ id: string }>(
      'licences.create',
      validDraft({ reference: 'PO-LOW', entryNumber, lines: [validLine({ quantityKg: 800, valueUsd: 2800 })] }),
    );
    const { handoff } = await handoffFor(entryNumber);
    expect(handoff.ready).toBe(false);
    const byCode = Object.fromEntries(handoff.issues.map((issue) => [issue.code, issue]));
    expect(byCode.ACE_LICENCE_NOT_ISSUED).toMatchObject({
      severity: 'error',
      path: 'licences.2.licenceNumber',
      message: expect.stringContaining('"PO-LOW" has no licence number yet'),
    });
    expect(handoff.licences.find((l) => l.id === low.id)).toMatchObject({
      licenceKind: 'regular',
      licenceNumber: null,
    });
  });

  it('leaves cancelled licences out and says when no licence names the entry', async () => {
    const dropped = await coreCall(core)<{ id: string }>(
      'licences.create',
      validDraft({ reference: 'PO-DROPPED', entryNumber }),
    );
    await coreCall(core)('licences.transition', { ids: [dropped.id], to: 'cancelled' });
    const { handoff } = await handoffFor(entryNumber);
    expect(handoff.licences.map((l) => l.reference)).toEqual(['PO-2026-0417', 'PO-2026-0418']);
    expect(handoff.ready).toBe(true);
    await expect(handoffFor('ZZZ99999990')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('ZZZ-9999999-0'),
    });
  });
});
