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
});
