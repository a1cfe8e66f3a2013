import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const dateOf = (layout: Parameters<typeof page>[0]) => proposeFields([page(layout)]).documentDate?.value;

describe('the document’s own date among the dates it mentions', () => {
  it('reads a date in words whose year wrapped onto the next line of its cell', () => {
    expect(
      dateOf([
        [
          100,
          [
            [40, 'Pedido / Order'],
            [140, 'PO-88412 de 14/09/2026'],
            [300, 'Data de emissão / Issue'],
            [420, '5 de novembro de'],
          ],
        ],
        [
          111,
          [
            [300, 'date'],
            [420, '2026'],
          ],
        ],
      ]),
    ).toBe('2026-11-05');
  });

  it('takes a sworn date over the date of the order the text mentions', () => {
    expect(
      dateOf([
        [100, [[40, '2. Under purchase order CX-2209 dated September 28, 2026 the Company supplied 22 t of ingot.']]],
        [200, [[40, 'Sworn to and subscribed before me this 17th day of October, 2026.']]],
      ]),
    ).toBe('2026-10-17');
  });

  it('reads "Date of this response" as the label of the document’s date', () => {
    expect(
      dateOf([
        [60, [[40, 'Form MOQ-3.2, issued by Bayview Cabinetry Inc. on 2026-01-15 - Return within 30 days']]],
        [
          160,
          [
            [40, 'Date of this response'],
            [250, '2026-10-30'],
          ],
        ],
      ]),
    ).toBe('2026-10-30');
  });

  it('does not take the date of the letter answered for the letter’s own', () => {
    expect(
      dateOf([
        [
          95,
          [
            [350, 'Ihre Anfrage vom:'],
            [447, '21.10.2026'],
          ],
        ],
        [200, [[40, 'gerne bestätigen wir Ihnen die Herkunft des Metalls der oben genannten Lieferung.']]],
      ]),
    ).toBeUndefined();
  });

  it('takes "Place, date" above a signature in suppliers’ languages over a date the text mentions', () => {
    for (const [line, iso] of [
      ['En Dos Hermanas, a 5 de noviembre de 2026.', '2026-11-05'],
      ['Fait à Lyon, le 3 novembre 2026', '2026-11-03'],
      ['Duisburg, den 3. November 2026', '2026-11-03'],
    ] as const)
      expect(
        dateOf([
          [
            140,
            [[40, '1. La chapa de aluminio suministrada con el pedido n.º DOS-2288, de 1 de octubre de 2026, ha sido']],
          ],
          [265, [[40, line]]],
        ]),
        line,
      ).toBe(iso);
  });

  it('does not take another document’s issue date in a reference cell for the document’s', () => {
    expect(
      dateOf([
        [
          111,
          [
            [40, 'NO.:'],
            [90, 'ANA-COQ-26-0771'],
            [250, 'DATE:'],
            [300, 'OCT. 27, 2026'],
          ],
        ],
        [
          162,
          [
            [40, 'LIC NO.'],
            [150, 'LC-4471-2026 ISSUED 2026-09-30'],
          ],
        ],
      ]),
    ).toBe('2026-10-27');
  });
});
