import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { cbpListFiles, cbpListRows } from '../../../../tests/support/cbp-port-list/cbp-port-list';
import { readReferenceFile } from './reference-file';

describe("CBP's port code list read from its PDF", () => {
  it('reads every code and whole name from the text layer, its date, and each kind and state', async () => {
    const read = await readReferenceFile(fs.readFileSync(cbpListFiles.february2026), 'appendix_e.pdf');
    if (read.type !== 'ports-cbp') throw new Error(`read as ${read.type}`);
    expect(read.ports.publishedOn).toBe('2026-02-03');
    expect(read.ports.pages).toBe(14);
    // Names wrapped over two lines in their cell come back whole; the page furniture is left out.
    // (A printed page, like a text layer, keeps words, not runs of spaces: "Alliance  Airp" reads as one space.)
    expect(read.ports.ports.map(({ code, name }) => ({ code, name }))).toEqual(
      cbpListRows().map((r) => ({ ...r, name: r.name.replace(/\s+/g, ' ') })),
    );
    const byCode = new Map(read.ports.ports.map((p) => [p.code, p]));
    expect(byCode.get('4701')).toEqual({
      code: '4701',
      name: 'John F. Kennedy Airport, Jamaica, New York',
      state: 'NY',
      kind: 'port',
      censusCode: '1012',
    });
    expect(byCode.get('0221')?.kind).toBe('administrative');
    expect(read.ports.ports.filter((p) => p.kind === 'abroad').length).toBe(7);
  });

  it('refuses a PDF that is not a readable list, in one sentence', async () => {
    await expect(readReferenceFile(Buffer.from('%PDF-1.7\n%garbage'), 'list.pdf')).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringMatching(/^list\.pdf cannot be used: .*Nothing was changed\.$/) as string,
    });
  });
});
