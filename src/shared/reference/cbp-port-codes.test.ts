import { describe, expect, it } from 'vitest';

import { cbpPortKind, cbpPortState, type PlacedWord, readCbpCodeRows } from './cbp-port-codes';
import { bundledCbpPorts, bundledPorts } from './ports';

/** The list laid out as a CBP PDF table would be: pages of rows, long names wrapped, a heading and a footer. */
function pages(rows: readonly { code: string; name: string }[], columns = 1, perColumn = 40): PlacedWord[][] {
  const out: PlacedWord[][] = [];
  const perPage = perColumn * columns;
  for (let start = 0; start < rows.length; start += perPage) {
    const page: PlacedWord[] = [];
    const put = (text: string, x: number, y: number) => {
      let at = x;
      for (const word of text.split(' ')) {
        page.push({ text: word, x: at, y, size: 10 });
        at += word.length * 5 + 3;
      }
    };
    put('ACE M1 Import Manifest EDI', 72, 40);
    put('Appendix E - Schedule D - U.S. CBP Port Codes', 72, 54);
    put('Code Port Name', 72, 80);
    rows.slice(start, start + perPage).forEach((row, i) => {
      const column = Math.floor(i / perColumn);
      const x = 72 + column * 270;
      let y = 100 + (i % perColumn) * 15;
      put(row.code, x, y);
      // Names longer than the cell wrap onto a second line, under the name.
      const words = row.name.split(' ');
      const first: string[] = [];
      while (words.length > 0 && [...first, words[0]].join(' ').length <= (columns === 1 ? 60 : 34))
        first.push(words.shift()!);
      put(first.join(' '), x + 34, y);
      if (words.length > 0) put(words.join(' '), x + 34, (y += 11));
    });
    put(`Page ${out.length + 1}`, 290, 760);
    out.push(page);
  }
  return out;
}

/** A list the size of CBP's (about 520 codes): the bundled CBP codes and the Census codes they do not repeat. */
const cbpCodes = new Set(bundledCbpPorts.ports.map((p) => p.code));
const cbpList = [
  ...bundledPorts.ports.filter((p) => !cbpCodes.has(p.code)).map(({ code, name }) => ({ code, name })),
  ...bundledCbpPorts.ports.map(({ code, name }) => ({ code, name })),
].sort((a, b) => a.code.localeCompare(b.code));
/** A text layer keeps words, not the runs of spaces between them. */
const asRead = cbpList.map((r) => ({ ...r, name: r.name.replace(/\s+/g, ' ') }));

describe("CBP's port code list from its PDF's words", () => {
  it('reads every code with its whole name, wrapped names and names with numbers in them included', () => {
    const read = readCbpCodeRows(pages(cbpList));
    if (!read.ok) throw new Error(read.reason);
    expect(read.rows).toEqual(asRead);
    expect(read.rows.find((r) => r.code === '5274')?.name).toBe(
      'Fedex Corp Miami ECCF, Miami, Florida (Port 5297 is used)',
    );
  });

  it('reads two code/name columns side by side', () => {
    const read = readCbpCodeRows(pages(cbpList, 2));
    if (!read.ok) throw new Error(read.reason);
    expect(read.rows).toEqual(asRead);
  });

  it('refuses another document, and a list cut short', () => {
    const other = [[{ text: 'Harmonized', x: 72, y: 40, size: 10 }]];
    expect(readCbpCodeRows(other)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Schedule D') as string,
    });
    expect(readCbpCodeRows(pages(cbpList.slice(0, 120)))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('it lists 120 port codes, fewer than the 300') as string,
    });
  });
});

describe('the app’s grouping of CBP codes', () => {
  it('gives every bundled CBP code the kind and state the bundled table has', () => {
    const differing = bundledCbpPorts.ports.filter(
      (p) => cbpPortKind(p.name) !== p.kind || cbpPortState(p.name) !== p.state,
    );
    expect(differing).toEqual([]);
  });
});
