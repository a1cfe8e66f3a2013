import { describe, expect, it } from 'vitest';

import type { FilerProfile } from '#shared/profile/filer-profile';
import { bundledReference } from '#shared/reference/reference-data';

import { storedLicence, validLine } from '../../../tests/support/licence-fixtures';
import { filerProfile } from '../../../tests/support/report-fixtures';
import { fallbackEmailAddress, fallbackForm } from './fallback-form';

const licence = storedLicence(
  {
    reference: 'PO-7',
    lines: [
      validLine(),
      validLine({ htsCode: '7607113000', smeltCountryLargest: 'AE', smeltCountrySecond: 'IN', castCountry: 'AE' }),
    ],
  },
  { status: 'ready', licenceNumber: null, validFrom: null, validThrough: null },
);

describe('ITA-4142a fallback form', () => {
  const form = fallbackForm(licence, filerProfile as FilerProfile, bundledReference, '2026-03-02');
  const fields = form.sections.flatMap((s) => s.fields);
  const value = (number: string, nth = 0) => fields.filter((f) => f.number === number)[nth]?.value;
  const byLabel = (label: string, nth = 0) => fields.filter((f) => f.label === label)[nth]?.value;

  it("numbers only the form's own header fields 01-19, with the form's names, and invents no number", () => {
    const numbers = fields.map((f) => f.number).filter(Boolean);
    expect([...new Set(numbers)].sort()).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const invented of ['23a', '23b', '23c', '24-25', '20', '27']) expect(numbers).not.toContain(invented);
    expect(fields.find((f) => f.number === '09')?.label).toBe('Importer Name');
    expect(fields.find((f) => f.number === '13')?.label).toBe('Country of Exportation');
    expect(fields.find((f) => f.number === '19')?.label).toBe('Date License Valid Through');
    // The importer's EIN / CBP number is not a field of the form.
    expect(fields.some((f) => /importer number/i.test(f.label))).toBe(false);
    expect(form.sections.filter((s) => s.title.startsWith('Product ')).map((s) => s.title)).toEqual([
      'Product 1',
      'Product 2',
    ]);
  });

  it("says what is ITA's and what is the app's own layout, and labels the category as the app's grouping", () => {
    expect(form.layoutNote).toMatch(/field numbers 01-19 and their names are Form ITA-4142a's; the page layout/);
    const product = form.sections.find((s) => s.title === 'Product 1')!;
    expect(product.layoutNote).toMatch(/361\.103\(c\)\(1\)\(xii\)-\(xvii\).*layout is the app's own/);
    expect(product.fields.find((f) => f.label === 'Product Category')?.note).toMatch(/This app's own grouping/);
    expect(JSON.stringify(form)).not.toMatch(/filled in by the portal/i);
  });

  it('spells countries out and writes dates and numbers the way the form asks', () => {
    expect(value('12')).toBe('Canada');
    const largest = 'Country where the largest volume of primary aluminum was smelted';
    const second = 'Country where the second largest volume of primary aluminum was smelted';
    expect(byLabel(largest, 1)).toBe('United Arab Emirates');
    expect(byLabel(second, 0)).toBe('Not applicable');
    expect(byLabel(second, 1)).toBe('India');
    expect(value('16')).toBe('03/20/2026');
    expect(value('17')).toBe('03/02/2026');
    expect(byLabel('HTS Number')).toBe('7606.12.30.35');
    expect(byLabel('Quantity (in kilograms)')).toBe('18,500');
    expect(byLabel('Customs Value (US$)')).toBe('64,750.00');
    expect(byLabel('Unit Value (US$/mt)')).toBe('3,500.00');
    expect(value('01')).toBe('Lakeside Aluminum Imports LLC');
    expect(value('05')).toBe('1200 Harbor Road, Cleveland, OH 44114');
    expect(value('03')).toBe('');
  });

  it("is addressed to ITA with the subject ITA's instructions give", () => {
    expect(form.emailTo).toBe(fallbackEmailAddress);
    expect(form.subject).toBe('Aluminum License Application');
    expect(form.subjectSource).toMatch(/ITA-4142a instructions/);
  });
});
