import fs from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import type { ReferenceApplied, ReferencePreview, ReferenceTables } from '#shared/contract/reference';

import { cbpListFiles, mayChanges } from '../../../../tests/support/cbp-port-list/cbp-port-list';
import { scheduleDRows, scheduleDText } from '../../../../tests/support/census-schedule-d';
import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { openTestCore, type TempCore, tempCore } from '../../../../tests/support/temp-core';
import {
  newLineUnder76042910,
  usitcFile,
  usitcJsonFromCsv,
  withDescription,
  withoutRecords,
  withRecordsAfter,
} from '../../../../tests/support/usitc-exports';

let core: TempCore | null = null;
afterEach(() => {
  core?.dispose();
  core = null;
});

const upload = (bytes: Buffer, fileName: string, extra: { label?: string; effectiveFrom?: string } = {}) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
  ...extra,
});
const rev5 = () => withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]);
const auditCount = (c: TempCore) => (c.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/** A licence with one line, importing on `date`. */
const licenceOn = (c: TempCore, reference: string, date: string, htsCode: string) =>
  c.licences.create(
    validDraft({
      reference,
      expectedExportDate: date,
      expectedImportDate: date,
      lines: [validLine({ htsCode })],
    }),
  );

describe('importing an HTS revision from USITC’s export', () => {
  it('previews the new line, what it means for coverage and for open licences, and writes nothing', async () => {
    core = tempCore('2026-08-01T15:00:00.000Z');
    const call = coreCall(core);
    const later = licenceOn(core, 'PO-SEP', '2026-09-15', '7604.29.10.50');
    const earlier = licenceOn(core, 'PO-AUG', '2026-08-20', '7604.29.10.50');
    expect(core.licences.get(later.id).validation?.errors).toBeGreaterThan(0);
    const audits = auditCount(core);

    const preview = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    expect(preview.table).toMatchObject({
      id: 'hts-2026r5-20260901',
      label: 'HTS 2026 Revision 5',
      effectiveFrom: '2026-09-01',
      until: null,
    });
    expect(preview.table.origin).toMatchObject({ kind: 'imported', fileName: 'hts_2026_revision_5_csv.csv' });
    expect(preview.file).toEqual({ format: 'csv', rows: 213, lines: 125 });
    expect(preview.comparedWith).toEqual({ id: 'hts-2026r3', label: 'HTS 2026 Revision 3' });
    expect(preview.lines?.added.map((l) => l.hts10)).toEqual(['7604291050']);
    expect(preview.lines?.removed).toEqual([]);
    expect(preview.lines?.redescribed).toEqual([]);
    expect(preview.coverage).toEqual({ before: 67, after: 68, added: ['7604291050'], removed: [] });
    expect(preview.licences.impacts).toEqual([
      {
        kind: 'newly-accepted',
        code: '7604291050',
        message: '1 draft: 7604.29.10.50 is a line of HTS 2026 Revision 5 from 1 Sep 2026',
        licences: [{ id: later.id, reference: 'PO-SEP', status: 'draft', validBefore: false, validAfter: true }],
      },
    ]);

    expect(core.reference.current().version).not.toContain('2026r5');
    expect(auditCount(core)).toBe(audits);
    expect(core.db.prepare('SELECT count(*) AS n FROM reference_tables').get()).toEqual({ n: 0 });
    expect(core.licences.get(earlier.id).validation?.errors).toBeGreaterThan(0);
  });

  it('applies: stores the revision with its provenance, re-checks every open licence once, and keeps it', async () => {
    core = tempCore('2026-08-01T15:00:00.000Z');
    const call = coreCall(core);
    const later = licenceOn(core, 'PO-SEP', '2026-09-15', '7604.29.10.50');
    const earlier = licenceOn(core, 'PO-AUG', '2026-08-20', '7604.29.10.50');
    licenceOn(core, 'PO-OK', '2026-08-20', '7606.12.30.35');
    const changes: string[] = [];
    core.events.subscribe((name) => changes.push(name));
    const file = rev5();

    const preview = await call<ReferencePreview>(
      'reference.previewImport',
      upload(file, 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    const applied = await call<ReferenceApplied>('reference.apply', { previewId: preview.previewId });
    expect(applied).toMatchObject({
      change: 'add',
      tableId: 'hts-2026r5-20260901',
      label: 'HTS 2026 Revision 5',
      checked: 3,
    });
    expect(applied.nowValid).toEqual([{ id: later.id, reference: 'PO-SEP', status: 'draft' }]);
    expect(applied.nowInvalid).toEqual([]);
    expect(changes).toContain('reference.changed');
    expect(core.licences.get(later.id).validation).toMatchObject({ errors: 0, dataVersion: applied.version });
    expect(core.licences.get(earlier.id).validation?.errors).toBeGreaterThan(0);
    // Nothing is re-checked twice: the start-up check finds every open licence current.
    expect(await core.licences.revalidateStale()).toBe(0);

    const [entry] = core.audit.history('reference', 'hts-2026r5-20260901');
    expect(entry!.action).toBe('import');
    const after = JSON.parse(entry!.after!) as Record<string, unknown>;
    expect(after).toMatchObject({
      label: 'HTS 2026 Revision 5',
      effectiveFrom: '2026-09-01',
      fileName: 'hts_2026_revision_5_csv.csv',
      bytes: file.length,
      importedAt: '2026-08-01T15:00:00.000Z',
      format: 'csv',
      lines: 125,
    });
    expect(after.sha256).toMatch(/^[0-9a-f]{64}$/);

    const again = openTestCore({ dataDir: core.paths.dataDir, logError: () => {} });
    try {
      expect(again.reference.current().version).toBe(applied.version);
      expect(again.reference.current().htsOn('2026-09-15').covered.has('7604291050')).toBe(true);
      expect(again.reference.current().htsOn('2026-08-20').covered.has('7604291050')).toBe(false);
    } finally {
      again.close();
    }
  });

  it('says which drafts lose a code that splits, and what to use instead', async () => {
    core = tempCore('2026-06-15T15:00:00.000Z');
    const call = coreCall(core);
    for (const ref of ['PO-1', 'PO-2', 'PO-3']) licenceOn(core, ref, '2026-07-20', '7601.10.60.40');
    licenceOn(core, 'PO-JUNE', '2026-06-30', '7601.10.60.40');
    const split = withRecordsAfter(withoutRecords(usitcFile('2026r3'), ['7601.10.60.40']), '7601.10.60', [
      {
        hts: '7601.10.60.41',
        indent: 3,
        description: 'Of 99.9 percent but less than 99.95 percent aluminum',
        units: ['kg'],
      },
      { hts: '7601.10.60.42', indent: 3, description: 'Of 99.95 percent aluminum or greater', units: ['kg'] },
    ]);
    const renamed = withDescription(split, '7601.10.60.90', 'Other unwrought aluminum, not alloyed');

    const preview = await call<ReferencePreview>(
      'reference.previewImport',
      upload(usitcJsonFromCsv(renamed), 'hts_2026_revision_4_json.json', { effectiveFrom: '2026-07-01' }),
    );
    expect(preview.file?.format).toBe('json');
    expect(preview.lines?.added.map((l) => l.hts10)).toEqual(['7601106041', '7601106042']);
    expect(preview.lines?.removed.map((l) => l.hts10)).toEqual(['7601106040']);
    expect(preview.lines?.redescribed).toEqual([
      {
        hts10: '7601106090',
        before: 'Unwrought aluminum > Aluminum, not alloyed > Other > Other',
        after: 'Unwrought aluminum > Aluminum, not alloyed > Other > Other unwrought aluminum, not alloyed',
      },
    ]);
    expect(preview.coverage).toMatchObject({ before: 67, after: 68, removed: ['7601106040'] });
    expect(preview.licences.considered).toBe(3);
    expect(preview.licences.impacts.map((i) => i.message)).toEqual([
      '3 drafts: 7601.10.60.40 no longer exists from 1 Jul 2026; use 7601.10.60.41 or .42',
    ]);
  });

  it('refuses a damaged file, a file already in, a second revision on the same day, and changes nothing', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const call = coreCall(core);
    const first = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    await call('reference.apply', { previewId: first.previewId });
    const audits = auditCount(core);
    const version = core.reference.current().version;
    const refusal = (input: unknown) =>
      call('reference.previewImport', input).then(
        () => null,
        (e: Error & { code: string }) => ({ code: e.code, message: e.message }),
      );
    const rev7 = withDescription(rev5(), '7601.10.60.90', 'Other, not alloyed');

    expect(await refusal(upload(rev5().subarray(0, 9000), 'hts_2026_revision_8_csv.csv'))).toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('Nothing was changed.') as string,
    });
    expect(await refusal(upload(rev5(), 'copy-of-rev5.csv', { label: '2026 Revision 9' }))).toEqual({
      code: 'CONFLICT',
      message: 'reference.previewImport: copy-of-rev5.csv is already in the app: it is HTS 2026 Revision 5 (imported).',
    });
    expect(await refusal(upload(usitcFile('2026r3'), 'hts_2026_revision_3_csv.csv'))).toEqual({
      code: 'CONFLICT',
      message:
        'reference.previewImport: HTS 2026 Revision 3 is already in the app (bundled with the app, in force from 1 Jan 2026).',
    });
    expect(await refusal(upload(rev7, 'hts_2026_revision_7_csv.csv', { effectiveFrom: '2026-01-01' }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('HTS 2026 Revision 3 already takes effect on 1 Jan 2026') as string,
    });
    expect(await refusal(upload(rev7, 'htsdata.csv'))).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('htsdata.csv does not say which HTS revision it is') as string,
    });
    expect(await refusal(upload(rev7, 'htsdata.csv', { effectiveFrom: '2026-02-30' }))).toMatchObject({
      code: 'VALIDATION',
    });
    expect(core.reference.current().version).toBe(version);
    expect(auditCount(core)).toBe(audits);
  });

  it('takes effect today when no date is given, and says so', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const preview = await coreCall(core)<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'htsdata.csv', { label: '2026 Revision 5' }),
    );
    expect(preview.table.effectiveFrom).toBe('2026-03-02');
    expect(preview.notes).toContain('No effective date was given: it takes effect today, 2 Mar 2026.');
  });
});

describe('removing an imported revision', () => {
  it('is previewed the same way and re-checks the licences it affected', async () => {
    core = tempCore('2026-08-01T15:00:00.000Z');
    const call = coreCall(core);
    const later = licenceOn(core, 'PO-SEP', '2026-09-15', '7604.29.10.50');
    const imported = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    await call('reference.apply', { previewId: imported.previewId });

    await expect(call('reference.previewRemoval', { id: 'hts-2026r3' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'reference.previewRemoval: HTS 2026 Revision 3 comes with the app and cannot be removed.',
    });
    const removal = await call<ReferencePreview>('reference.previewRemoval', { id: 'hts-2026r5-20260901' });
    expect(removal.change).toBe('remove');
    expect(removal.comparedWith).toEqual({ id: 'hts-2026r3', label: 'HTS 2026 Revision 3' });
    expect(removal.lines?.removed.map((l) => l.hts10)).toEqual(['7604291050']);
    expect(removal.licences.impacts.map((i) => i.message)).toEqual([
      '1 draft: 7604.29.10.50 is not in HTS 2026 Revision 3, in force for their import dates once HTS 2026 Revision 5 is removed; use 7604.29.10.10 or .90',
    ]);
    const applied = await call<ReferenceApplied>('reference.apply', { previewId: removal.previewId });
    expect(applied.nowInvalid.map((l) => l.reference)).toEqual(['PO-SEP']);
    expect(applied.nowInvalid[0]!.issues[0]).toMatchObject({ code: 'HTS_NOT_COVERED' });
    expect(core.licences.get(later.id).validation?.errors).toBeGreaterThan(0);
    expect(core.audit.history('reference', 'hts-2026r5-20260901').map((e) => e.action)).toEqual(['import', 'remove']);
    await expect(call('reference.apply', { previewId: removal.previewId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a preview made before the data changed', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const call = coreCall(core);
    const first = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    const second = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_6_csv.csv', { effectiveFrom: '2026-10-01' }),
    );
    await call('reference.apply', { previewId: second.previewId });
    await expect(call('reference.apply', { previewId: first.previewId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'reference.apply: The reference data changed since this preview: preview the change again.',
    });
  });
});

describe('the reference tables of a data folder', () => {
  it('lists bundled and imported revisions, which is in force today, and how fresh the newest is', async () => {
    core = tempCore('2026-11-30T12:00:00.000Z');
    const call = coreCall(core);
    const before = await call<ReferenceTables>('reference.tables', {});
    expect(before.freshness).toMatchObject({ inForce: { id: 'hts-2026r3' }, stale: true, ageDays: 281 });
    const preview = await call<ReferencePreview>(
      'reference.previewImport',
      upload(rev5(), 'hts_2026_revision_5_csv.csv', { effectiveFrom: '2026-09-01' }),
    );
    await call('reference.apply', { previewId: preview.previewId });
    const after = await call<ReferenceTables>('reference.tables', {});
    expect(after.freshness).toMatchObject({ inForce: { id: 'hts-2026r5-20260901' }, stale: false, ageDays: 90 });
    expect(after.tables.map((t) => [t.id, t.until, t.inForceToday, t.count, t.coveredCount, t.removable])).toEqual([
      ['hts-2025r13', '2026-01-01', false, 121, 66, false],
      ['hts-2026r3', '2026-09-01', false, 124, 67, false],
      ['hts-2026r5-20260901', null, true, 125, 68, true],
      ['ports-schedule-d', null, true, 431, null, false],
      ['ports-cbp-appendix-e', null, true, 107, null, false],
    ]);
    expect(after.tables[1]!.origin?.sha256).toBe('e10c47426e132b7f01b72b9a951c2e84e43675e68ee8f31ae961e8c3ceca99a2');
    expect(after.tables[2]!.origin).toMatchObject({ kind: 'imported', importedAt: '2026-11-30T12:00:00.000Z' });
  });
});

describe('a Census Schedule D port list from its file', () => {
  it('is previewed with the ports it adds, drops and renames, applied, and removed again', async () => {
    core = tempCore('2026-06-01T15:00:00.000Z');
    const call = coreCall(core);
    const uses = (reference: string, port: string) =>
      core!.licences.create(
        validDraft({
          reference,
          portOfEntry: port,
          expectedExportDate: '2026-06-20',
          expectedImportDate: '2026-06-25',
        }),
      );
    const paulsboro = uses('PO-1105', '1105');
    uses('PO-0212', '0212');
    const rows = scheduleDRows()
      .filter((r) => r.code !== '0212')
      .map((r) => (r.code === '0101' ? { ...r, name: 'PORTLAND-SOUTH PORTLAND, ME' } : r));
    const may = scheduleDText([...rows, { name: 'PAULSBORO, NJ', code: '1105', kind: 'Port' }], 'MAY26');

    const preview = await call<ReferencePreview>('reference.previewImport', upload(Buffer.from(may), 'dist.txt'));
    expect(preview.table).toMatchObject({
      kind: 'ports-census',
      label: 'Census Schedule D, May 2026',
      effectiveFrom: '2026-05-01',
    });
    expect(preview.lines).toBeNull();
    expect(preview.ports).toEqual({
      added: [{ code: '1105', name: 'PAULSBORO, NJ' }],
      removed: [{ code: '0212', name: 'HIGHGATE SPRINGS/ALBURG, VT' }],
      renamed: [{ code: '0101', before: 'PORTLAND, ME', after: 'PORTLAND-SOUTH PORTLAND, ME' }],
    });
    expect(preview.licences.impacts.map((i) => i.message)).toEqual([
      '1 draft: port 1105 is listed in Census Schedule D, May 2026 (PAULSBORO, NJ)',
      expect.stringMatching(/^1 draft: port 0212 would be warned about: /) as string,
    ]);

    const applied = await call<ReferenceApplied>('reference.apply', { previewId: preview.previewId });
    expect(applied.checked).toBe(2);
    expect(core.reference.current().ports.byCode('1105')?.name).toBe('PAULSBORO, NJ');
    expect(core.reference.current().version).toContain('ports-census-202605-');
    expect(core.licences.get(paulsboro.id).validation?.warnings).toBe(0);
    const tables = await call<ReferenceTables>('reference.tables', {});
    expect(
      tables.tables.filter((t) => t.kind === 'ports-census').map((t) => [t.label, t.inForceToday, t.count]),
    ).toEqual([
      ['Census Schedule D port list', false, 431],
      ['Census Schedule D, May 2026', true, 431],
    ]);

    const removal = await call<ReferencePreview>('reference.previewRemoval', { id: applied.tableId });
    expect(removal.ports?.removed).toEqual([{ code: '1105', name: 'PAULSBORO, NJ' }]);
    await call('reference.apply', { previewId: removal.previewId });
    expect(core.reference.current().ports.byCode('1105')).toBeUndefined();
  });

  it('refuses a list cut short, and one without a date', async () => {
    core = tempCore('2026-06-01T15:00:00.000Z');
    const call = coreCall(core);
    const text = scheduleDText();
    await expect(
      call('reference.previewImport', upload(Buffer.from(text.slice(0, 4000)), 'dist.txt')),
    ).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
    await expect(
      call('reference.previewImport', upload(Buffer.from(text.replace('Produced APRIL25', '')), 'dist.txt')),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('does not say when it was produced') as string,
    });
  });
});

describe("CBP's port code list from its PDF", () => {
  const pdf = (file: string) => fs.readFileSync(file);
  const uses = (c: TempCore, reference: string, port: string) =>
    c.licences.create(
      validDraft({ reference, portOfEntry: port, expectedExportDate: '2026-06-20', expectedImportDate: '2026-06-25' }),
    );

  it('is previewed with the codes it adds, drops and renames beyond the Census list, applied, listed and removed', async () => {
    core = tempCore('2026-06-01T15:00:00.000Z');
    const call = coreCall(core);
    const newCode = uses(core, 'PO-4603', mayChanges.added.code);
    const droppedCode = uses(core, 'PO-4778', mayChanges.dropped);
    expect(core.licences.get(newCode.id).validation?.warnings).toBe(1);
    expect(core.licences.get(droppedCode.id).validation?.warnings).toBe(0);
    const audits = auditCount(core);

    const preview = await call<ReferencePreview>(
      'reference.previewImport',
      upload(pdf(cbpListFiles.may2026), 'ace_appendix_e_schedule_d_may_4_2026.pdf'),
    );
    expect(preview.table).toMatchObject({
      kind: 'ports-cbp',
      label: 'CBP port codes, 4 May 2026',
      effectiveFrom: '2026-05-04',
      origin: { kind: 'imported', fileName: 'ace_appendix_e_schedule_d_may_4_2026.pdf' },
    });
    expect(preview.file).toEqual({ format: 'pdf', rows: 534, lines: 534 });
    expect(preview.comparedWith).toEqual({ id: 'ports-cbp-appendix-e', label: 'the bundled CBP codes' });
    // Only the codes CBP has beyond the Census list are compared: the shared ones stay Census's.
    expect(preview.ports).toEqual({
      added: [mayChanges.added],
      removed: [{ code: '4778', name: 'ECCF FedEx Corp JFK Airport, Jamaica, New York' }],
      renamed: [{ code: '3991', before: 'DHL Chicago Hub, Chicago, Illinois', after: mayChanges.renamedTo }],
    });
    expect(preview.licences.impacts.map((i) => i.message)).toEqual([
      `1 draft: port 4603 is listed in CBP port codes, 4 May 2026 (${mayChanges.added.name})`,
      expect.stringMatching(/^1 draft: port 4778 would be warned about: /) as string,
    ]);
    expect(preview.notes.join(' ')).toContain('534 codes read from 14 pages');
    expect(auditCount(core)).toBe(audits);
    expect(core.db.prepare('SELECT count(*) AS n FROM reference_tables').get()).toEqual({ n: 0 });

    const applied = await call<ReferenceApplied>('reference.apply', { previewId: preview.previewId });
    expect(applied).toMatchObject({ change: 'add', label: 'CBP port codes, 4 May 2026', checked: 2 });
    const ports = core.reference.current().ports;
    expect(ports.byCode('4603')).toMatchObject({ name: mayChanges.added.name, state: 'NJ', inCbp: true });
    expect(ports.byCode('4701')?.alias).toMatchObject({ scheme: 'Census', code: '1012' });
    expect(ports.byCode('5274')?.kind).toBe('administrative');
    // A code both lists have keeps its Census name.
    expect(ports.byCode('0101')?.name).toBe('PORTLAND, ME');
    expect(core.licences.get(newCode.id).validation?.warnings).toBe(0);
    expect(core.licences.get(droppedCode.id).validation?.warnings).toBe(1);
    const audit = core.db
      .prepare("SELECT after FROM audit_log WHERE entity = 'reference' ORDER BY rowid DESC LIMIT 1")
      .get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ kind: 'ports-cbp', format: 'pdf', lines: 534 });

    const tables = await call<ReferenceTables>('reference.tables', {});
    expect(
      tables.tables.filter((t) => t.kind === 'ports-cbp').map((t) => [t.label, t.inForceToday, t.count, t.removable]),
    ).toEqual([
      ['CBP port codes beyond the Census list', false, 107, false],
      ['CBP port codes, 4 May 2026', true, 534, true],
    ]);

    // The same file again, and the bundled codes, are refused.
    await expect(call('reference.previewImport', upload(pdf(cbpListFiles.may2026), 'copy.pdf'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('CBP port codes, 4 May 2026') as string,
    });
    await expect(call('reference.previewRemoval', { id: 'ports-cbp-appendix-e' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const removal = await call<ReferencePreview>('reference.previewRemoval', { id: applied.tableId });
    expect(removal.ports?.removed).toEqual([mayChanges.added]);
    expect(removal.licences.impacts.map((i) => i.message)).toEqual([
      expect.stringMatching(/^1 draft: port 4603 would be warned about: /) as string,
      '1 draft: port 4778 is listed again once CBP port codes, 4 May 2026 is removed (ECCF FedEx Corp JFK Airport, Jamaica, New York)',
    ]);
    await call('reference.apply', { previewId: removal.previewId });
    expect(core.reference.current().ports.byCode('4603')).toBeUndefined();
    expect(core.reference.current().ports.byCode('4778')?.inCbp).toBe(true);
  });

  it('the list as bundled changes no code, and a list cut short or a damaged PDF changes nothing', async () => {
    core = tempCore('2026-06-01T15:00:00.000Z');
    const call = coreCall(core);
    const same = await call<ReferencePreview>(
      'reference.previewImport',
      upload(pdf(cbpListFiles.february2026), 'ace_appendix_e_schedule_d_feb_3_2026_508c_0.pdf'),
    );
    expect(same.ports).toEqual({ added: [], removed: [], renamed: [] });
    expect(same.licences.impacts).toEqual([]);

    const audits = auditCount(core);
    await expect(
      call('reference.previewImport', upload(pdf(cbpListFiles.cutShort), 'appendix_e.pdf')),
    ).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('lists 70 port codes, fewer than the 300') as string,
    });
    const whole = pdf(cbpListFiles.february2026);
    await expect(
      call('reference.previewImport', upload(whole.subarray(0, 2000), 'appendix_e.pdf')),
    ).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringContaining('Nothing was changed') as string,
    });
    expect(auditCount(core)).toBe(audits);
    expect(core.db.prepare('SELECT count(*) AS n FROM reference_tables').get()).toEqual({ n: 0 });
  });
});
