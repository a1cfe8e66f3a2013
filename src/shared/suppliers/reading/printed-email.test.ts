import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const header = (owner: string): [number, [number, string][]][] => [
  [40, [[40, `Outlook – ${owner}`]]],
  [
    60,
    [
      [40, 'From:'],
      [90, 'Rafael Ortega <r.ortega@reciclados-aluminio.mx>'],
    ],
  ],
  [
    72,
    [
      [40, 'Sent:'],
      [90, 'Tuesday, November 24, 2026 9:41 AM'],
    ],
  ],
  [
    84,
    [
      [40, 'To:'],
      [90, `${owner} <jwalsh@sunbeltdiecast.com>`],
    ],
  ],
  [
    96,
    [
      [40, 'Subject:'],
      [90, 'RE: AIM smelt/cast info - A380 ingot PO 88123'],
    ],
  ],
];

describe('printed e-mails', () => {
  it('takes the issuer from the sender’s signature, not from the mail program’s header naming the recipient', () => {
    const proposals = proposeFields([
      page([
        ...header('Jennifer Walsh'),
        [120, [[40, 'Hi Jennifer,']]],
        [132, [[40, 'The ingots are melted and cast at our plant in Monterrey, Mexico, for Sunbelt Diecast Inc.']]],
        [150, [[40, 'Rafael Ortega']]],
        [162, [[40, 'Export Sales']]],
        [174, [[40, 'Reciclados de Aluminio del Norte S.A. de C.V.']]],
        [186, [[40, 'Av. Industrial 1450, Apodaca, N.L., México']]],
        [
          204,
          [
            [40, 'From:'],
            [90, 'Jennifer Walsh Sent: Monday, November 23, 2026 4:15 PM'],
          ],
        ],
        [216, [[40, 'Rafael, for our AIM licence I need the countries. Thanks, Jen, Sunbelt Diecast Inc.']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Reciclados de Aluminio del Norte S.A. de C.V.');
    // The date the answer was sent, not the date of the message it quotes.
    expect(proposals.documentDate?.value).toBe('2026-11-24');
  });

  it('reads a German mail program’s header the same way', () => {
    const proposals = proposeFields([
      page([
        [40, [[40, 'Von: Jonas Berger <j.berger@ruhr-alu.de>']]],
        [52, [[40, 'Gesendet: Dienstag, 3. November 2026 10:12']]],
        [64, [[40, 'An: purchasing@lakeshorecastings.com']]],
        [76, [[40, 'Betreff: AW: Herkunft Metall / metal origin']]],
        [100, [[40, 'Guten Tag, anbei die Angaben.']]],
        [130, [[40, 'Jonas Berger']]],
        [142, [[40, 'Ruhr Aluminium Gießerei GmbH']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Ruhr Aluminium Gießerei GmbH');
    expect(proposals.documentDate?.value).toBe('2026-11-03');
  });

  it('reads a webmail print: the sender’s line carries the date, the subject above it is no issuer', () => {
    const proposals = proposeFields([
      page([
        [
          51,
          [
            [40, 'Webmail'],
            [400, 'Kevin Moore <kmoore@bluewater-marine.com>'],
          ],
        ],
        [85, [[40, 'RE: AIM – origem do alumínio (PO BW-3391)']]],
        [103, [[40, '1 mensagem']]],
        [
          126,
          [
            [40, 'Joana Ferreira <joana.ferreira@fundicaolusa.pt>'],
            [400, 'qua., 4 de nov. de 2026, 09:14'],
          ],
        ],
        [
          138,
          [
            [40, 'Para:'],
            [90, 'Kevin Moore <kmoore@bluewater-marine.com>'],
          ],
        ],
        [157, [[40, 'Olá Kevin,']]],
        [174, [[40, 'O vazamento das peças foi feito em Portugal, na nossa fundição de Oliveira do Bairro.']]],
        [231, [[40, 'Atenciosamente,']]],
        [243, [[40, 'Joana Ferreira']]],
        [254, [[40, 'Fundição Lusa de Alumínio, Lda. · Zona Industrial de Oiã, Lote 12, 3770-059 Oliveira do Bairro']]],
        [271, [[40, 'Em seg., 2 de nov. de 2026 às 15:10, Kevin Moore <kmoore@bluewater-marine.com> escreveu:']]],
        [288, [[40, 'Joana, for the AIM licence I need the smelt countries. Thanks! Bluewater Marine Inc.']]],
        [792, [[40, '09/11/2026 08:02']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Fundição Lusa de Alumínio, Lda.');
    expect(proposals.documentDate?.value).toBe('2026-11-04');
  });
});
