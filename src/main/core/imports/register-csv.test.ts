import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft } from '../../../../tests/support/licence-fixtures';
import { filerProfile } from '../../../../tests/support/report-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
let call: ReturnType<typeof coreCall>;
beforeEach(async () => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  call = coreCall(core);
  await call('profile.save', filerProfile);
});
afterEach(() => core.dispose());

describe('the register CSV', () => {
  it('has one row per licence with status, licence number, validity, entries and keep-until', async () => {
    const used = core.licences.create(validDraft({ reference: 'USED-1' }));
    core.licences.transition([used.id], 'ready', '');
    await call('sync.recordManual', { id: used.id, licenceNumber: 'AL2026000417', validFrom: '2026-03-02' });
    await call('licences.recordUse', { id: used.id, entryNumber: 'LKS10203041', importDate: '2026-03-20' });
    core.licences.create(validDraft({ reference: 'DRAFT-1', certified: false }));

    const file = await call<{ fileName: string; content: string; count: number }>('licences.export', {
      format: 'register-csv',
    });
    expect(file.fileName).toBe('aim-licence-register-2026-03-02.csv');
    const rows = Papa.parse<Record<string, string>>(file.content, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.licence_ref).sort()).toEqual(['DRAFT-1', 'USED-1']);
    expect(rows.find((r) => r.licence_ref === 'USED-1')).toMatchObject({
      status: 'used',
      licence_kind: 'regular',
      licence_number: 'AL2026000417',
      valid_from: '2026-03-02',
      entries: 'LKS-1020304-1 2026-03-20',
      hts_codes: '7606.12.30.35',
      quantity_kg: '18500',
      value_usd: '64750.00',
      certified_by: 'Dana Whitfield (dana@lakeside-al.example)',
      keep_until: '2031-03-20',
    });
    expect(rows.find((r) => r.licence_ref === 'DRAFT-1')).toMatchObject({
      status: 'draft',
      licence_number: '',
      entries: '',
      certified_by: '',
      keep_until: '2031-03-20',
    });
  });
});
