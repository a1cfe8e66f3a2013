import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { alloyAfterForm, alloyAfterWord, alloyBeforeForm, alloyIn } from './product-values';
import { proposeFields } from './propose-fields';

describe('alloy designations', () => {
  it('reads wrought and casting designations after the word alloy', () => {
    expect(alloyAfterWord('This material (alloy EN AC-43400 ingot) consists of 100 % secondary aluminium')?.alloy).toBe(
      'EN AC-43400',
    );
    expect(alloyAfterWord('billets in alloy EN AW-6063 T6')?.alloy).toBe('EN AW-6063 T6');
    expect(alloyAfterWord('foundry ingot, alloy EN AC-AlSi10Mg')?.alloy).toBe('EN AC-AlSi10Mg');
  });

  it('finds the designation in a cell, and none in a quantity', () => {
    expect(alloyIn('6005A-T6 profiles')?.alloy).toBe('6005A-T6');
    expect(alloyIn('12 bundles, 24.5 t')).toBeNull();
  });
});

describe('alloy designations as suppliers and OCR write them', () => {
  it('reads the word alloy in suppliers’ languages and after OCR’s hyphen', () => {
    expect(alloyAfterWord('the extrusion billets (alloy-6005A) loaded at Rotterdam')?.alloy).toBe('6005A');
    expect(alloyAfterWord('Lingots de fonderie, alliage AlSi7Mg0,3')?.alloy).toBe('AlSi7Mg0,3');
    expect(alloyAfterWord('Strangpressprofile aus Legierung EN AW-6060 T66')?.alloy).toBe('EN AW-6060 T66');
    expect(alloyAfterWord('lámina de aleación 3105 H25')?.alloy).toBe('3105 H25');
    expect(alloyAfterWord('the secondary alloy 46100 ingots are made only from scrap')?.alloy).toBe('46100');
    expect(alloyAfterWord('i pani di lega secondaria 46100 forniti con ordine n. 7710')?.alloy).toBe('46100');
    expect(alloyAfterWord('alloy 90210 Beverly Hills')).toBeNull();
  });

  it('reads a casting alloy OCR spelled with I for l, with its iron suffix', () => {
    expect(alloyIn('AISi9Cu3(Fe)')?.alloy).toBe('AlSi9Cu3(Fe)');
    expect(alloyIn('Alloy - AlSi9Cu3(Fe)')?.alloy).toBe('AlSi9Cu3(Fe)');
    expect(alloyIn('AIR FREIGHT')).toBeNull();
  });

  it('reads a designation followed by what it is made into, never a year, size or count', () => {
    expect(alloyBeforeForm('Subject: Smelt and cast countries - 3003 H14 coils, invoice DRM/EX/2611')?.alloy).toBe(
      '3003 H14',
    );
    expect(alloyBeforeForm('RE: AIM smelt/cast info - A380 ingot PO 88123')?.alloy).toBe('A380');
    expect(alloyBeforeForm('our A380 secondary ingots are produced from scrap')?.alloy).toBe('A380');
    expect(alloyBeforeForm('shipped in 2026 coils')).toBeNull();
    expect(alloyBeforeForm('width 1250 mm coils')).toBeNull();
    expect(alloyBeforeForm('order 4410 dated 3 May')).toBeNull();
  });
});

describe('alloys named by what they are made into, in suppliers’ languages', () => {
  it('reads a designation after the product’s form', () => {
    expect(alloyAfterForm('Te confirmo el origen de los perfiles 6063 del pedido SW-4471')?.alloy).toBe('6063');
    expect(alloyAfterForm('Ihre Bestellung MSS-PO-90215 (Strangpressprofile EN AW-6063)')?.alloy).toBe('EN AW-6063');
    expect(alloyAfterForm('Extruded profiles in 6060 and 6063')?.alloy).toBe('6060');
    expect(alloyAfterForm('bobinas de 3105 H25')?.alloy).toBe('3105 H25');
    expect(alloyAfterForm('1. La chapa de aluminio 5754 H22 suministrada con el pedido')?.alloy).toBe('5754 H22');
    expect(alloyAfterForm('El alambrón de aluminio EC-1370 del pedido ALG-5512')?.alloy).toBe('EC-1370');
    expect(alloyAfterForm('Wire rod 1350, 9.5 mm')?.alloy).toBe('1350');
    expect(alloyAfterForm('Disques / Circles 1050 H12, Ø 320 mm')?.alloy).toBe('1050 H12');
    expect(alloyAfterForm('O alumínio primário das peças em AlSi10Mg da encomenda BW-3391')?.alloy).toBe('AlSi10Mg');
    expect(alloyAfterForm('billets 2026 shipped')).toBeNull();
    expect(alloyAfterForm('profiles 40 x 40 mm')).toBeNull();
  });

  it('reads the German compound for a casting alloy', () => {
    expect(alloyAfterWord('Herkunftsangaben für Gusslegierung AlSi7Mg0,3 (Masseln)')?.alloy).toBe('AlSi7Mg0,3');
  });
});

describe('the product named in running text', () => {
  it('reads an alloy whose designation wrapped onto the next line', () => {
    const product = (layout: Parameters<typeof page>[0]) => proposeFields([page(layout)]).product?.value;
    expect(
      product([
        [100, [[40, '2. On or about October 14, 2026 the Company sold 40 metric tons of extrusion billets, alloy']]],
        [112, [[40, '6063, shipped from Ras Al-Khair, Saudi Arabia, to the Port of Houston.']]],
      ]),
    ).toBe('Alloy 6063');
    expect(
      product([
        [100, [[40, '2. Under purchase order CX-2209 the Company supplied 22 metric tons of A356.2 foundry']]],
        [112, [[40, 'ingots to Coastal Castings.']]],
      ]),
    ).toBe('Alloy A356.2');
  });
});
