import { describe, expect, it } from 'vitest';
import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import { filerProfile } from '../../../tests/support/report-fixtures';
import type { Licence } from '../licence/licence-schema';
import type { FilerProfile } from '../profile/filer-profile';
import { bundledReference } from '../reference/reference-data';
import { fallbackEmailAddress, fallbackForm } from './fallback-form';

const draft = validDraft({
  reference: 'PO-7',
  lines: [
    validLine(),
    validLine({ htsCode: '7607113000', smeltCountryLargest: 'AE', smeltCountrySecond: 'IN', castCountry: 'AE' }),
  ],
});
const licence: Licence = {
  ...draft,
  id: 'l-1',
  status: 'ready',
  version: 2,
  licenceNumber: null,
  validFrom: null,
  validThrough: null,
  rejectionReasons: [],
  certifiedBy: null,
  certifiedAt: null,
  validation: null,
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  lines: draft.lines.map((line, i) => ({ ...line, id: `line-${i}` })),
};

describe('ITA-4142a fallback form', () => {
  const form = fallbackForm(licence, filerProfile as FilerProfile, bundledReference, '2026-03-02');
  const fields = form.sections.flatMap((s) => s.fields);
  const value = (number: string, nth = 0) => fields.filter((f) => f.number === number)[nth]?.value;

  it('numbers every field of the form, 01 to 27, with one product block per line', () => {
    const numbers = new Set(fields.map((f) => f.number).filter(Boolean));
    for (const n of [
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23a',
      '23b',
      '23c',
      '24-25',
      '26',
      '27',
    ]) {
      expect(numbers.has(n), `field ${n}`).toBe(true);
    }
    expect(form.sections.filter((s) => s.title.startsWith('Product ')).map((s) => s.title)).toEqual([
      'Product 1',
      'Product 2',
    ]);
  });

  it('spells countries out and writes dates and numbers the way the form asks', () => {
    expect(value('12')).toBe('Canada');
    expect(value('23a', 1)).toBe('United Arab Emirates');
    expect(value('23b', 0)).toBe('Not applicable');
    expect(value('23b', 1)).toBe('India');
    expect(value('16')).toBe('03/20/2026');
    expect(value('17')).toBe('03/02/2026');
    expect(value('20')).toBe('7606.12.30.35');
    expect(value('24-25')).toBe('18,500');
    expect(value('26')).toBe('64,750.00');
    expect(value('27')).toBe('3,500.00');
    expect(value('01')).toBe('Lakeside Aluminum Imports LLC');
    expect(value('05')).toBe('1200 Harbor Road, Cleveland, OH 44114');
    expect(value('03')).toBe('');
  });

  it('is addressed to ITA with a subject that names the shipment', () => {
    expect(form.emailTo).toBe(fallbackEmailAddress);
    expect(form.subject).toBe(
      'AIM licence application (fallback form): Lakeside Aluminum Imports LLC, import 03/20/2026, ref. PO-7',
    );
  });
});
