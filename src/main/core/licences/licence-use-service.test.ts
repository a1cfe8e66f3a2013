import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LicenceSummary } from '#shared/contract/licences';
import type { Licence, LicenceDraft } from '#shared/licences/licence-schema';
import type { Handoff } from '#shared/reports/handoff-schema';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

// Entry numbers with their CBP check digit (CATAIR Appendix E), so the entry-number rules accept them.
const entryA = 'B76-0324527-8';
const entryB = 'B76-0324528-6';
const entryC = 'B76-0324529-4';

let core: TempCore;
beforeEach(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
});
afterEach(() => core.dispose());

const call = <T>(method: string, input: unknown) => coreCall(core)<T>(method, input);

/** A licence filed by hand and issued today: valid 2 Mar 2026 to 15 May 2026. */
async function issued(draft: Partial<LicenceDraft>, number: string): Promise<Licence> {
  const created = await call<Licence>('licences.create', validDraft(draft));
  await call('licences.transition', { ids: [created.id], to: 'ready' });
  await call('sync.recordManual', { id: created.id, licenceNumber: number, validThrough: '2026-05-15' });
  return call<Licence>('licences.get', { id: created.id });
}
const lowValue = () =>
  issued(
    {
      reference: 'LV-1',
      licenceKind: 'low-value',
      lines: [validLine({ quantityKg: 900, valueUsd: 3150 })],
    },
    'AL26LV0001',
  );
const record = (licence: Licence, entryNumber: string, importDate: string, amounts?: [number, number]) =>
  call<Licence>('licences.recordUse', {
    id: licence.id,
    entryNumber,
    importDate,
    ...(amounts ? { lines: [{ lineId: licence.lines[0]!.id, quantityKg: amounts[0], valueUsd: amounts[1] }] } : {}),
  });
const handoff = async (entryNumber: string) =>
  (await call<{ handoff: Handoff }>('handoff.entry', { entryNumber })).handoff;
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
};

describe('a low-value licence is reusable', () => {
  it('is used on two entries, stays usable, and shows both uses with their dates of importation', async () => {
    const licence = await lowValue();
    const first = await record(licence, entryA, '2026-03-10', [800, 2800]);
    expect(first).toMatchObject({ status: 'used', licenceKind: 'low-value' });
    const second = await record(first, entryB, '2026-04-02', [950, 3300]);
    expect(second.status).toBe('used');
    expect(second.uses.map((u) => [u.entryNumber, u.importDate, u.lines[0]!.valueUsd])).toEqual([
      ['B7603245278', '2026-03-10', 2800],
      ['B7603245286', '2026-04-02', 3300],
    ]);
    // Each entry's hand-off carries the licence with what that shipment entered, and is ready.
    for (const [entry, date, value] of [
      [entryA, '2026-03-10', 2800],
      [entryB, '2026-04-02', 3300],
    ] as const) {
      const h = await handoff(entry);
      expect(h).toMatchObject({ ready: true, importDate: date });
      expect(h.licences).toEqual([expect.objectContaining({ licenceKind: 'low-value', totalValueUsd: value })]);
    }
    // The register shows the kind, the count and the latest date of importation.
    const row = (await call<{ items: LicenceSummary[] }>('licences.list', {})).items[0]!;
    expect(row).toMatchObject({ licenceKind: 'low-value', useCount: 2, lastEntryDate: '2026-04-02' });
    // Records are kept five years from the latest date of entry.
    expect(second.keepUntil).toBe('2031-04-02');
    expect(row.keepUntil).toBe('2031-04-02');
  });

  it('takes no entry imported after it expired', async () => {
    const licence = await record(await lowValue(), entryA, '2026-03-10');
    const refused = await refusal(record(licence, entryB, '2026-05-16'));
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/valid 2 Mar 2026 to 15 May 2026; goods imported on 16 May 2026 are not covered/),
    });
  });

  it('refuses at hand-off a shipment at or over US$5,000 of aluminum, with the value and the limit', async () => {
    const licence = await lowValue();
    await record(licence, entryA, '2026-03-10', [1500, 5200]);
    const h = await handoff(entryA);
    expect(h.ready).toBe(false);
    expect(h.issues.find((i) => i.code === 'ACE_LOW_VALUE_OVER_LIMIT')).toMatchObject({
      severity: 'error',
      message:
        'Entry B76-0324527-8 carries US$5,200.00 of aluminum, but low-value licence "LV-1" covers only shipments with less than US$5,000.00 of aluminum. File a regular licence for this shipment, or correct the recorded values.',
    });
  });
});

describe('a regular licence covers one shipment', () => {
  it('becomes used on its entry and takes no second one', async () => {
    const licence = await issued({ reference: 'PO-9' }, 'AL26000009');
    const used = await record(licence, entryA, '2026-03-20');
    expect(used.status).toBe('used');
    expect(used.uses[0]!.lines).toEqual([
      { lineId: licence.lines[0]!.id, htsCode: '7606123035', quantityKg: 18500, valueUsd: 64750 },
    ]);
    const refused = await refusal(record(used, entryB, '2026-03-21'));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already used on entry B76-0324527-8.*covers one shipment/),
    });
  });

  it('is accepted for an entry summary filed after it expired, when the goods arrived while it was valid', async () => {
    const licence = await issued({ reference: 'PO-10' }, 'AL26000010');
    await record(licence, entryA, '2026-05-15');
    // The summary is prepared long after the validity ended: the date of importation decides.
    core.clock.set('2026-06-30T12:00:00.000Z');
    const h = await handoff(entryA);
    expect(h.issues.map((i) => i.code)).not.toContain('ACE_IMPORT_OUTSIDE_VALIDITY');
    expect(h.ready).toBe(true);
  });

  it('flags at hand-off an HTS line entered beyond what the licences cover', async () => {
    const licence = await issued({ reference: 'PO-11' }, 'AL26000011');
    await record(licence, entryA, '2026-03-20', [19_200, 67_200]);
    const h = await handoff(entryA);
    expect(h.ready).toBe(false);
    expect(h.lines[0]).toMatchObject({ quantityKg: 19_200, valueUsd: 67_200 });
    expect(h.issues.find((i) => i.code === 'ACE_QUANTITY_NOT_COVERED')?.message).toMatch(
      /HTS 7606\.12\.30\.35.*19,200 kg.*cover 18,500 kg.*other 700 kg/,
    );
  });

  it('can have a mistaken entry taken back, which the audit trail keeps', async () => {
    const licence = await record(await issued({ reference: 'PO-12' }, 'AL26000012'), entryC, '2026-03-20');
    const back = await call<Licence>('licences.removeUse', { id: licence.id, useId: licence.uses[0]!.id });
    expect(back).toMatchObject({ status: 'issued', uses: [] });
    expect(core.audit.history('licence', licence.id).map((r) => r.action)).toEqual(
      expect.arrayContaining(['use:record', 'use:remove']),
    );
    expect((await call<{ from: string; to: string }[]>('licences.history', { id: licence.id })).at(-1)).toMatchObject({
      from: 'used',
      to: 'issued',
    });
  });
});

describe('recording an entry', () => {
  it('refuses a malformed entry number, naming the field', async () => {
    const licence = await issued({ reference: 'PO-13' }, 'AL26000013');
    const refused = await refusal(record(licence, 'B76-032452', '2026-03-20'));
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Entry number "B76-032452"/) });
  });

  it('keeps one date of importation per entry, whichever licences it carries', async () => {
    const a = await issued({ reference: 'PO-14' }, 'AL26000014');
    const b = await issued({ reference: 'PO-15' }, 'AL26000015');
    await record(a, entryA, '2026-03-20');
    const refused = await refusal(record(b, entryA, '2026-03-21'));
    expect(refused.message).toMatch(/already recorded as imported on 20 Mar 2026 \(with "PO-14"\)/);
    await record(b, entryA, '2026-03-20');
    expect((await handoff(entryA)).licences.map((l) => l.reference)).toEqual(['PO-14', 'PO-15']);
  });

  it('is refused on a licence that is not issued', async () => {
    const draft = await call<Licence>('licences.create', validDraft({ reference: 'PO-16' }));
    expect(await refusal(record(draft, entryA, '2026-03-20'))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('only an issued licence can be used'),
    });
  });
});

describe('supplier documents behind a licence', () => {
  it('are kept as long as the licence, and withdrawing a file asks for confirmation naming the rule', async () => {
    const supplier = await call<{ id: string }>('suppliers.create', {
      name: 'Northern Rolling Mills Inc.',
      roles: ['manufacturer'],
      country: 'CA',
      address: '',
      contacts: [],
      notes: '',
    });
    const document = await call<{ id: string }>('documents.create', {
      supplierId: supplier.id,
      type: 'mill-test-certificate',
      status: 'accepted',
      reference: 'MTC-1',
      issueDate: '2026-02-10',
      validUntil: '',
      smeltLargest: 'CA',
      smeltSecond: 'N/A',
      cast: 'CA',
      productIds: [],
      htsCodes: ['7606'],
      quantityKg: null,
      periodFrom: '',
      periodTo: '',
      notes: '',
    });
    const file = await call<{ id: string }>('documents.attachFile', {
      documentId: document.id,
      fileName: 'mtc.csv',
      contentBase64: Buffer.from('heat,smelt\nH1,CA\n').toString('base64'),
    });
    expect((await call<{ keepUntil: string | null }>('documents.get', { id: document.id })).keepUntil).toBeNull();

    const licence = await issued(
      { reference: 'PO-17', lines: [{ ...validLine(), supplierId: supplier.id, documentId: document.id }] },
      'AL26000017',
    );
    await record(licence, entryA, '2026-03-25');
    expect((await call<{ keepUntil: string | null }>('documents.get', { id: document.id })).keepUntil).toBe(
      '2031-03-25',
    );
    const refused = await refusal(call('documents.detachFile', { documentId: document.id, fileId: file.id }));
    expect(refused).toMatchObject({
      code: 'CONFIRMATION_REQUIRED',
      message: expect.stringMatching(/"mtc\.csv".*keep until 25 Mar 2031.*19 CFR 163\.4/),
    });
    await call('documents.detachFile', { documentId: document.id, fileId: file.id, confirmRecordKeeping: true });
    expect((await call<{ files: unknown[] }>('documents.get', { id: document.id })).files).toEqual([]);
  });
});
