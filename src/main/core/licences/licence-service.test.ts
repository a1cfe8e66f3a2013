import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type LicenceQueryInput, licenceQuerySchema } from '#shared/contract/licences';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
});
afterEach(() => core.dispose());

const list = (query: LicenceQueryInput = {}) => core.licences.list(licenceQuerySchema.parse(query));

describe('saving drafts', () => {
  it('stores every field and line, money in cents, and reads them back unchanged', () => {
    const draft = validDraft({
      lines: [validLine(), validLine({ htsCode: '7607.11.30.00', quantityKg: 250.125, valueUsd: 1234.56 })],
    });
    const saved = core.licences.create(draft);
    const read = core.licences.get(saved.id);
    expect(read.status).toBe('draft');
    expect(read.version).toBe(1);
    expect(read.lines.map((l) => [l.htsCode, l.quantityKg, l.valueUsd])).toEqual([
      ['7606123035', 18500, 64750],
      ['7607113000', 250.125, 1234.56],
    ]);
    expect(read.validation).toMatchObject({ errors: 0, asOf: '2026-03-02' });
  });

  it('saves an incomplete draft and records what is wrong with it', () => {
    const saved = core.licences.create(validDraft({ exporterName: '', lines: [validLine({ castCountry: '' })] }));
    expect(saved.validation).toMatchObject({ errors: 2 });
  });

  it('refuses an edit based on an old version and keeps the saved one', () => {
    const saved = core.licences.create(validDraft());
    core.licences.update(saved.id, 1, validDraft({ exporterName: 'First edit' }));
    expect(() => core.licences.update(saved.id, 1, validDraft({ exporterName: 'Stale edit' }))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(core.licences.get(saved.id).exporterName).toBe('First edit');
  });

  it('treats a save without changes as no change: same version and status, no history, no audit entry', () => {
    const saved = core.licences.create(validDraft());
    core.licences.transition([saved.id], 'ready', '');
    const ready = core.licences.get(saved.id);
    const trail = core.audit.history('licence', saved.id).length;
    core.clock.advance(60_000);
    // What the form sends back: HTS with dots, smelt countries in lower case, no line ids. The same content.
    const same = core.licences.update(saved.id, ready.version, {
      ...validDraft(),
      lines: [validLine({ htsCode: '7606.12.30.35', smeltCountryLargest: 'ca' })],
    });
    expect(same).toEqual(ready);
    expect(core.licences.get(saved.id)).toMatchObject({
      status: 'ready',
      version: ready.version,
      updatedAt: ready.updatedAt,
    });
    expect(core.licences.history(saved.id).map((h) => h.to)).toEqual(['draft', 'ready']);
    expect(core.audit.history('licence', saved.id)).toHaveLength(trail);

    // One real change does count, and sends the ready licence back to draft.
    const edited = core.licences.update(saved.id, ready.version, validDraft({ notes: 'changed' }));
    expect(edited).toMatchObject({ status: 'draft', version: ready.version + 2 });
    expect(
      core.audit
        .history('licence', saved.id)
        .map((e) => e.action)
        .slice(trail),
    ).toEqual(['update']);
  });

  it('keeps a line id across edits, and never takes an id from another licence', () => {
    const a = core.licences.create(validDraft());
    const b = core.licences.create(validDraft({ reference: 'B' }));
    const lineA = a.lines[0]!.id;
    const edited = core.licences.update(a.id, a.version, {
      ...validDraft(),
      lines: [{ ...validLine({ quantityKg: 1 }), id: lineA }],
    });
    expect(edited.lines[0]!.id).toBe(lineA);
    const hijack = core.licences.update(b.id, b.version, { ...validDraft(), lines: [{ ...validLine(), id: lineA }] });
    expect(hijack.lines[0]!.id).not.toBe(lineA);
    expect(core.licences.get(a.id).lines[0]!.id).toBe(lineA);
  });
});

describe('the lifecycle', () => {
  it('marks a clean licence ready and records each change of state with its time', () => {
    const saved = core.licences.create(validDraft());
    core.clock.set('2026-03-02T16:30:00.000Z');
    expect(core.licences.transition([saved.id], 'ready', '')).toEqual({ changed: [saved.id], refused: [] });
    expect(core.licences.history(saved.id)).toEqual([
      { from: null, to: 'draft', at: '2026-03-02T15:00:00.000Z', note: '' },
      { from: 'draft', to: 'ready', at: '2026-03-02T16:30:00.000Z', note: '' },
    ]);
  });

  it('refuses to mark a licence with errors ready, and says why', () => {
    const saved = core.licences.create(validDraft({ exporterName: '' }));
    const outcome = core.licences.transition([saved.id], 'ready', '');
    expect(outcome.changed).toEqual([]);
    expect(outcome.refused[0]).toMatchObject({ code: 'VALIDATION' });
    expect(outcome.refused[0]!.message).toContain('Exporter name is required');
    expect(core.licences.get(saved.id).status).toBe('draft');
  });

  it('refuses to file an uncertified licence, though it is a valid draft', () => {
    const saved = core.licences.create(validDraft({ certified: false }));
    expect(saved.validation).toMatchObject({ errors: 0 });
    const outcome = core.licences.transition([saved.id], 'ready', '');
    expect(outcome.refused[0]!.message).toContain('Certification is required');
  });

  it('refuses to mark ready a licence that cannot be filed yet, naming the first day it can (19 CFR 360.103(d))', () => {
    // 2 March 2026: an import on 2 May is 61 days away; it can be filed from 3 March.
    const saved = core.licences.create(
      validDraft({ expectedExportDate: '2026-04-20', expectedImportDate: '2026-05-02' }),
    );
    expect(saved.validation).toMatchObject({ errors: 0, warnings: 1 });
    const outcome = core.licences.transition([saved.id], 'ready', '');
    expect(outcome.changed).toEqual([]);
    expect(outcome.refused[0]).toMatchObject({ code: 'VALIDATION' });
    expect(outcome.refused[0]!.message).toContain('It can be filed from 3 Mar 2026 (2026-03-03)');
    core.clock.set('2026-03-03T09:00:00.000Z');
    expect(core.licences.transition([saved.id], 'ready', '').changed).toEqual([saved.id]);
  });

  it('refuses to record use on an entry whose number has a wrong check digit, and names the right one', async () => {
    const saved = core.licences.create(validDraft());
    core.licences.transition([saved.id], 'ready', '');
    await coreCall(core)('sync.recordManual', {
      id: saved.id,
      licenceNumber: 'AL2026000001',
      validFrom: '2026-03-02',
      validThrough: '2026-05-15',
    });
    // Use on an entry is recorded with its date of importation (licences.recordUse).
    const wrong = await core.dispatch(
      'licences.recordUse',
      { id: saved.id, entryNumber: 'B76-0324527-3', importDate: '2026-03-20' },
      { host: 'in-process' },
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('gives 8') },
    });
    expect(core.licences.get(saved.id).status).toBe('issued');
    await coreCall(core)('licences.recordUse', {
      id: saved.id,
      entryNumber: 'b76 0324527 8',
      importDate: '2026-03-20',
    });
    expect(core.licences.get(saved.id)).toMatchObject({
      status: 'used',
      uses: [expect.objectContaining({ entryNumber: 'B7603245278', importDate: '2026-03-20' })],
    });
  });

  it('sends an edited ready licence back to draft', () => {
    const saved = core.licences.create(validDraft());
    core.licences.transition([saved.id], 'ready', '');
    const edited = core.licences.update(
      saved.id,
      core.licences.get(saved.id).version,
      validDraft({ notes: 'changed' }),
    );
    expect(edited.status).toBe('draft');
  });

  it('keeps filed licences: they cannot be deleted or edited', () => {
    const saved = core.licences.create(validDraft());
    core.licences.transition([saved.id], 'ready', '');
    core.licences.transition([saved.id], 'cancelled', 'order withdrawn');
    expect(() => core.licences.remove(saved.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() =>
      core.licences.update(saved.id, core.licences.get(saved.id).version, validDraft({ notes: 'late edit' })),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('duplicates a licence as a new draft without its entry number or certification', () => {
    const saved = core.licences.create(validDraft({ entryNumber: 'ABC-1234567-6' }));
    const copy = core.licences.duplicate(saved.id);
    expect(copy.id).not.toBe(saved.id);
    expect(copy).toMatchObject({ status: 'draft', reference: 'PO-1001 (copy)', entryNumber: '', certified: false });
    expect(copy.lines[0]!.id).not.toBe(saved.lines[0]!.id);
  });

  it('deletes a draft with nothing to keep it for', () => {
    const saved = core.licences.create(validDraft({ expectedExportDate: '', expectedImportDate: '' }));
    expect(saved.keepUntil).toBeNull();
    core.licences.remove(saved.id);
    expect(() => core.licences.get(saved.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(list().total).toBe(0);
  });

  it('refuses to delete a record still inside its keeping period unless the caller confirmed, naming the rule', () => {
    const saved = core.licences.create(validDraft());
    expect(saved.keepUntil).toBe('2031-03-20');
    let refusal: unknown;
    try {
      core.licences.remove(saved.id);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'CONFIRMATION_REQUIRED',
      message: expect.stringMatching(/keep until 20 Mar 2031.*five years from the date of entry \(19 CFR 163\.4\)/),
      details: { rule: '19 CFR 163.4', keepUntil: '2031-03-20' },
    });
    expect(core.licences.get(saved.id).id).toBe(saved.id);
    expect(core.audit.history('licence', saved.id).map((r) => r.action)).not.toContain('delete');

    core.licences.remove(saved.id, true);
    expect(core.audit.history('licence', saved.id).map((r) => r.action)).toContain('delete');
  });

  it('deletes without asking from the day after the keep-until date, and asks on the day itself', () => {
    const saved = core.licences.create(validDraft());
    core.clock.set('2031-03-20T12:00:00');
    expect(() => core.licences.remove(saved.id)).toThrow(expect.objectContaining({ code: 'CONFIRMATION_REQUIRED' }));
    core.clock.set('2031-03-21T12:00:00');
    core.licences.remove(saved.id);
    expect(list().total).toBe(0);
  });

  it('refuses an unconfirmed delete over the contract too, so no host can skip it silently', async () => {
    const saved = core.licences.create(validDraft());
    const refused = await core.dispatch('licences.delete', { id: saved.id }, { host: 'in-process' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFIRMATION_REQUIRED' } });
    const done = await core.dispatch(
      'licences.delete',
      { id: saved.id, confirmRecordKeeping: true },
      { host: 'in-process' },
    );
    expect(done).toMatchObject({ ok: true, value: { id: saved.id } });
  });
});

describe('the register', () => {
  beforeEach(() => {
    core.licences.create(
      validDraft({
        reference: 'PO-1',
        importerName: 'Lakeside Aluminum',
        exporterName: 'Nordic Alu AS',
        countryOfOrigin: 'NO',
        countryOfExport: 'NO',
        expectedImportDate: '2026-03-20',
        lines: [validLine({ htsCode: '7606123035', smeltCountryLargest: 'NO', castCountry: 'NO' })],
      }),
    );
    core.clock.advance(1000);
    core.licences.create(
      validDraft({
        reference: 'PO-2',
        importerName: 'Harbor Metals',
        exporterName: 'Gulf Extrusions',
        manufacturers: ['Gulf Extrusions'],
        countryOfOrigin: 'AE',
        countryOfExport: 'AE',
        expectedImportDate: '2026-04-15',
        lines: [validLine({ htsCode: '7604.21.00.10', smeltCountryLargest: 'AE', castCountry: 'AE', valueUsd: 90000 })],
      }),
    );
    core.clock.advance(1000);
    core.licences.create(
      validDraft({
        reference: 'PO-3',
        importerName: 'Lakeside Aluminum',
        exporterName: 'Quebec Foil',
        expectedImportDate: '2026-03-25',
        lines: [validLine({ htsCode: '7607.11.30.00', smeltCountryLargest: 'RU', smeltCountrySecond: 'CA' })],
      }),
    );
  });

  const refs = (query: LicenceQueryInput) => list(query).items.map((i) => i.reference);

  it('searches importer, exporter, manufacturer, HTS and reference by word prefix', () => {
    expect(refs({ text: 'lakeside' })).toEqual(['PO-3', 'PO-1']);
    expect(refs({ text: 'nordic' })).toEqual(['PO-1']);
    expect(refs({ text: 'gulf' })).toEqual(['PO-2']);
    expect(refs({ text: '7604' })).toEqual(['PO-2']);
    expect(refs({ text: '7607.11' })).toEqual(['PO-3']);
    expect(refs({ text: 'PO-2' })).toEqual(['PO-2']);
    expect(refs({ text: 'lakeside foil' })).toEqual(['PO-3']);
  });

  it('treats search operators as plain text', () => {
    expect(refs({ text: 'lakeside OR "harbor' })).toEqual([]);
    expect(refs({ text: '*' })).toHaveLength(3);
  });

  it('filters by status, country in any role, HTS prefix and import date range', () => {
    expect(refs({ country: 'RU' })).toEqual(['PO-3']);
    expect(refs({ country: 'ae' })).toEqual(['PO-2']);
    expect(refs({ htsPrefix: '7606.12' })).toEqual(['PO-1']);
    expect(refs({ importFrom: '2026-03-21', importTo: '2026-04-30' })).toEqual(['PO-3', 'PO-2']);
    expect(refs({ statuses: ['ready'] })).toEqual([]);
  });

  it('sorts and pages', () => {
    expect(refs({ sort: 'expectedImportDate', direction: 'asc' })).toEqual(['PO-1', 'PO-3', 'PO-2']);
    expect(refs({ sort: 'totalValueUsd', direction: 'desc' }).at(0)).toBe('PO-2');
    const page = list({ sort: 'reference', direction: 'asc', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ reference: 'PO-2' }] });
  });

  it('combines words, country, HTS prefix and status, each narrowing the others', () => {
    expect(refs({ text: 'lakeside', country: 'NO' })).toEqual(['PO-1']);
    expect(refs({ text: 'lakeside', htsPrefix: '7607' })).toEqual(['PO-3']);
    expect(refs({ text: 'lakeside', country: 'AE' })).toEqual([]);
    // A word every licence has narrows nothing; repeated words count once.
    expect(refs({ text: 'po lakeside lakeside' })).toEqual(['PO-3', 'PO-1']);
    expect(refs({ text: 'lakeside', statuses: ['draft'], importFrom: '2026-03-21' })).toEqual(['PO-3']);
  });

  it('lists every sort order descending as the exact reverse of ascending, ties included', () => {
    for (const sort of [
      'updatedAt',
      'expectedImportDate',
      'importerName',
      'reference',
      'status',
      'totalValueUsd',
    ] as const) {
      const ascending = list({ sort, direction: 'asc' }).items.map((i) => i.id);
      expect(
        list({ sort, direction: 'desc' }).items.map((i) => i.id),
        sort,
      ).toEqual([...ascending].reverse());
    }
    // Two licences of one importer: the tie is broken by id both ways.
    const lakeside = list({ sort: 'importerName', direction: 'asc' }).items.slice(1);
    expect(lakeside.map((i) => i.importerName)).toEqual(['Lakeside Aluminum', 'Lakeside Aluminum']);
    expect(lakeside[0]!.id < lakeside[1]!.id).toBe(true);
  });

  it('keeps the index in step with edits and deletions', () => {
    const [po1] = list({ text: 'nordic' }).items;
    const licence = core.licences.get(po1!.id);
    core.licences.update(licence.id, licence.version, {
      ...validDraft(),
      reference: 'PO-1',
      exporterName: 'Baltic Rolling',
    });
    expect(refs({ text: 'nordic' })).toEqual([]);
    expect(refs({ text: 'baltic' })).toEqual(['PO-1']);
    core.licences.remove(licence.id, true);
    expect(refs({ text: 'baltic' })).toEqual([]);
  });
});

describe('keeping checks current', () => {
  it('re-checks open licences judged on another day, and only those', async () => {
    const saved = core.licences.create(
      validDraft({ expectedExportDate: '2026-03-03', expectedImportDate: '2026-03-05' }),
    );
    const filed = core.licences.create(validDraft({ reference: 'FILED' }));
    core.licences.transition([filed.id], 'ready', '');
    core.licences.transition([filed.id], 'cancelled', '');
    expect(core.licences.get(saved.id).validation).toMatchObject({ warnings: 0, asOf: '2026-03-02' });
    core.clock.set('2026-03-09T15:00:00.000Z');
    expect(await core.licences.revalidateStale()).toBe(1);
    expect(core.licences.get(saved.id).validation).toMatchObject({ warnings: 1, asOf: '2026-03-09' });
    expect(await core.licences.revalidateStale()).toBe(0);
  });
});
