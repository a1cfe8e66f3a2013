import { describe, expect, it } from 'vitest';

import { defaultShownColumns, fitColumns } from './register-columns';

const ids = (width: number, wanted = new Set(defaultShownColumns)) => fitColumns(width, wanted).shown.map((c) => c.id);

describe('register columns for the room there is', () => {
  it('always keep reference, status and licence number, even in the narrowest table', () => {
    expect(ids(300)).toEqual(['reference', 'status', 'licenceNumber']);
  });

  it('at a 1024-pixel window add the import date and the check', () => {
    // 1024 minus the sidebar (220) and the page margins (64), minus the table border.
    expect(ids(738)).toEqual(['reference', 'status', 'licenceNumber', 'importDate', 'check']);
  });

  it('add the HTS before value, validity, quantity and exporter as the window widens', () => {
    expect(ids(994)).toEqual(['reference', 'status', 'licenceNumber', 'importDate', 'check', 'hts', 'value']);
    expect(ids(1700)).toEqual([...['reference', 'status', 'licenceNumber'], ...defaultShownColumns]);
  });

  it('leave out what the person hid, and say which wanted ones had no room', () => {
    const wanted = new Set(['check', 'exporter']);
    expect(ids(1700, wanted)).toEqual(['reference', 'status', 'licenceNumber', 'check', 'exporter']);
    expect([...fitColumns(600, wanted).noRoom]).toEqual(['exporter']);
  });
});
