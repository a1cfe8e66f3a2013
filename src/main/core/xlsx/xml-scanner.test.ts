import { describe, expect, it } from 'vitest';

import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';

import { createXmlScanner } from './xml-scanner';

function scan(chunks: string[], maxTokenChars?: number): string[] {
  const events: string[] = [];
  const scanner = createXmlScanner(
    {
      open: (name, a) =>
        events.push(
          `<${name}${Object.entries(a)
            .map(([k, v]) => ` ${k}=${v}`)
            .join('')}>`,
        ),
      close: (name) => events.push(`</${name}>`),
      text: (text) => {
        if (text.trim()) events.push(text);
      },
    },
    maxTokenChars,
  );
  chunks.forEach((c) => scanner.push(c));
  scanner.end();
  return events;
}

const sheet =
  '<?xml version="1.0"?><!-- made by hand --><x:worksheet xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b &#x41;&#66; &lt;c&gt;</x:t></x:is></x:c><x:c r="B1" a=\'q>"\'><x:v><![CDATA[<raw>]]></x:v></x:c></x:row></x:worksheet>';
const expected = [
  '<worksheet x=urn:x>',
  '<row r=1>',
  '<c r=A1 t=inlineStr>',
  '<is>',
  '<t>',
  'a & b AB <c>',
  '</t>',
  '</is>',
  '</c>',
  '<c r=B1 a=q>">',
  '<v>',
  '<raw>',
  '</v>',
  '</c>',
  '</row>',
  '</worksheet>',
];

describe('the streaming XML scanner', () => {
  it('reads elements without prefixes, attributes with > inside quotes, entities, CDATA and comments', () => {
    expect(scan([sheet])).toEqual(expected);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 7, 13]) {
      const chunks = sheet.match(new RegExp(`[^]{1,${size}}`, 'g'))!;
      expect(scan(chunks), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('refuses a DOCTYPE (no entity can be defined, so none can be expanded) and undefined entities', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>';
    expect(() => scan([laughs])).toThrow(MalformedFileError);
    expect(() => scan(['<a>&nbsp;</a>'])).toThrow(/undefined entity &nbsp;/);
    expect(() => scan(['<a>x & y</a>'])).toThrow(/bare "&"/);
  });

  it('refuses XML that ends inside an element, and a token longer than the limit', () => {
    expect(() => scan(['<a><b attr="x'])).toThrow(/ends in the middle of an element/);
    expect(() => scan(['<a>', 'x'.repeat(2000)], 1000)).toThrow(FileLimitError);
  });
});
