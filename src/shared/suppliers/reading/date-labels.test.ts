import { describe, expect, it } from 'vitest';

import { labelOf } from './field-labels';

const kind = (text: string) => labelOf(text)?.kind ?? null;

describe('date labels in the languages suppliers write in', () => {
  it('reads the labels of a document’s own date, with or without accents', () => {
    for (const label of [
      'Fecha de emisión',
      'Fecha de emision',
      "Date d'émission",
      'Data di emissione',
      'Data de emissão',
      'Data wystawienia',
      'Düzenleme tarihi',
      'Datum vystavení',
      'Ausstellungsdatum',
      'Fecha:',
      'Data',
      'Tarih',
      'Date of this response',
      'Date of this declaration',
    ])
      expect(kind(label), label).toBe('issueDate');
    expect(labelOf('Datum vystavení: 12. 11. 2026')?.end).toBeGreaterThan('Datum vystavení'.length);
  });

  it('reads the labels of other dates, so their dates are not taken for the document’s', () => {
    for (const label of [
      'Fecha de embarque',
      'Lieferdatum',
      'Prüfdatum',
      'Date de livraison',
      'Date de coulée',
      'Data di spedizione',
      'Data de entrega',
      'Sevk tarihi',
      'Data wysyłki',
      'Leverdatum',
      'Date de coulée / Cast date',
      'Ihre Anfrage vom',
      'Your letter of',
      'Votre commande du',
      'LC-4471-2026 ISSUED',
      'Import licence no. 88 issued',
    ])
      expect(kind(label), label).toBe('otherDate');
  });

  it('does not take the word "data" in English labels for a date', () => {
    expect(kind('Test data')).not.toBe('issueDate');
    expect(kind('Data sheet')).toBeNull();
  });
});
