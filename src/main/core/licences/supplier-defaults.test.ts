import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
let call: ReturnType<typeof coreCall>;
let supplierId: string;
beforeEach(async () => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  call = coreCall(core);
  ({ id: supplierId } = await call<{ id: string }>('suppliers.create', {
    name: 'Gulf Extrusions FZE',
    roles: ['manufacturer', 'exporter'],
    country: 'AE',
    address: '',
    contacts: [],
    notes: '',
  }));
});
afterEach(() => core.dispose());

describe('header defaults for goods from a supplier', () => {
  it('come from the supplier record before any licence used it', async () => {
    expect(await call('licences.supplierDefaults', { supplierId })).toEqual({
      source: 'supplier',
      reference: '',
      exporterName: 'Gulf Extrusions FZE',
      manufacturers: ['Gulf Extrusions FZE'],
      countryOfOrigin: 'AE',
      countryOfExport: 'AE',
      portOfEntry: '',
    });
  });

  it('come from the last licence with a line from that supplier once there is one', async () => {
    const line = validLine({ supplierId, smeltCountryLargest: 'AE', castCountry: 'AE' });
    core.licences.create(validDraft({ reference: 'OLD', exporterName: 'Old exporter', lines: [line] }));
    core.clock.advance(60_000);
    core.licences.create(
      validDraft({
        reference: 'PO-77',
        exporterName: 'Gulf Extrusions (Jebel Ali)',
        manufacturers: ['Gulf Extrusions FZE', 'Oman Aluminium Rolling'],
        countryOfOrigin: 'AE',
        countryOfExport: 'OM',
        portOfEntry: '5301',
        lines: [line],
      }),
    );
    core.clock.advance(60_000);
    core.licences.create(validDraft({ reference: 'OTHER', exporterName: 'Unrelated' }));
    expect(await call('licences.supplierDefaults', { supplierId })).toEqual({
      source: 'licence',
      reference: 'PO-77',
      exporterName: 'Gulf Extrusions (Jebel Ali)',
      manufacturers: ['Gulf Extrusions FZE', 'Oman Aluminium Rolling'],
      countryOfOrigin: 'AE',
      countryOfExport: 'OM',
      portOfEntry: '5301',
    });
    expect(await call('licences.supplierDefaults', { supplierId: 'no-such-supplier' })).toBeNull();
  });
});
