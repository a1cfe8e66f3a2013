import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { canonicalRows, toCanonicalCsv } from '#core/imports/export-licences';
import { readTable } from '#core/imports/read-table';
import { AppError, errorCodes } from '#shared/contract';
import { applyMapping, suggestMapping } from '#shared/imports/column-mapping';
import { rowsToLicences } from '#shared/imports/rows-to-licences';
import type { Licence } from '#shared/licences/licence-schema';

import { nastyString } from '../support/hostile-values';
import { canonicalFile } from '../support/licence-files';
import { validDraft } from '../support/licence-fixtures';
import { type TempCore, tempCore } from '../support/temp-core';

// Licence files from outside (CSV and XLSX) and the CSV the app writes, with hostile content.
const seed = Number(process.env.AIM_FUZZ_SEED ?? 20260302);
const runs = Number(process.env.AIM_FUZZ_RUNS ?? 12) * 10;

let core: TempCore;
beforeAll(() => {
  core = tempCore();
});
afterAll(() => core.dispose());

const licenceCount = () => core.db.prepare<[], number>('SELECT count(*) FROM licences').pluck().get()!;

describe('reading a hostile licence file', () => {
  const csvText = canonicalFile(6).csv;
  const bytes = fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 4096 }),
    // A real file with random bytes flipped, cut short, or padded.
    fc.tuple(fc.nat(csvText.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => {
      const b = Buffer.from(csvText);
      return Uint8Array.from(Buffer.concat([b.subarray(0, at), Buffer.from(junk), b.subarray(at + junk.length)]));
    }),
    // Something that starts like an XLSX (a ZIP) and is not one.
    fc.uint8Array({ maxLength: 2048 }).map((rest) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest])),
    // UTF-16 with a byte-order mark, odd lengths included.
    fc.uint8Array({ maxLength: 512 }).map((rest) => Uint8Array.from([0xff, 0xfe, ...rest])),
    // Cells full of formula starts, quotes and line breaks.
    fc
      .array(nastyString, { minLength: 1, maxLength: 30 })
      .map((cells) =>
        Uint8Array.from(
          Buffer.from(`${csvText.split('\r\n')[0]}\r\n${cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')}\r\n`),
        ),
      ),
  );

  it('ends in a preview or a clear AppError, and writes nothing', async () => {
    const before = licenceCount();
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom('licences.csv', 'licences.xlsx', 'LICENCES.XLS', 'no-extension'),
        async (file, name) => {
          try {
            const preview = await core.imports.preview(name, file);
            expect(preview.rowCount).toBeGreaterThanOrEqual(0);
          } catch (error) {
            expect(error, `not an AppError: ${String(error)}`).toBeInstanceOf(AppError);
            expect(errorCodes).toContain((error as AppError).code);
            expect((error as AppError).code).not.toBe('INTERNAL');
          }
          expect(licenceCount()).toBe(before);
        },
      ),
      { seed, numRuns: runs },
    );
  });
});

describe('a column mapping or header that names prototype keys', () => {
  it('is read as plain text, through the dispatcher', async () => {
    const header = 'licence_ref,entry_type,importer_name,__proto__,toString,constructor';
    const csv = `${header}\r\nPO-9,__proto__,constructor,Northern Rolling Mills Inc.,x,y\r\n`;
    for (const mapping of [
      undefined,
      { exporter_name: '__proto__', importer_name: 'toString', manufacturer_name: 'hasOwnProperty' },
    ]) {
      const reply = await core.dispatch(
        'imports.preview',
        { fileName: 'proto.csv', contentBase64: Buffer.from(csv).toString('base64'), ...(mapping ? { mapping } : {}) },
        { host: 'in-process' },
      );
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the CSV the app exports', () => {
  /** A saved licence with hostile text where a supplier or broker could type it. */
  const licenceWith = (importer: string, exporter: string, reference: string): Licence =>
    ({
      ...validDraft({ importerName: importer, exporterName: exporter, reference }),
      id: 'L1',
      status: 'draft',
      version: 1,
      licenceNumber: null,
      validFrom: null,
      validThrough: null,
      rejectionReasons: [],
      certifiedBy: null,
      certifiedAt: null,
      validation: null,
      createdAt: '2026-03-02T15:00:00.000Z',
      updatedAt: '2026-03-02T15:00:00.000Z',
      lines: validDraft().lines.map((l, i) => ({ ...l, id: `line-${i}` })),
    }) as unknown as Licence;

  const text = fc.oneof(
    nastyString,
    fc.string({ maxLength: 30 }),
    fc.string({ maxLength: 10 }).map((s) => `=${s}`),
    fc.constantFrom('-1', '+44 20', '@home', '\r=cmd', '\t-2', "'=already quoted", "O'Neil"),
  );

  it('never leaves a cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(text, text, text, (importer, exporter, reference) => {
        const csv = toCanonicalCsv(canonicalRows(licenceWith(importer, exporter, reference)));
        const cells = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data.flat();
        for (const cell of cells) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { seed, numRuns: runs },
    );
  });

  it('reads back (through the importer) exactly what it wrote, formula-looking text included, or refuses the file outright', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (importer, exporter) => {
        const csv = toCanonicalCsv(canonicalRows(licenceWith(importer, exporter, 'PO-RT')));
        let table;
        try {
          table = await readTable(Buffer.from(csv), 'roundtrip.csv');
        } catch (error) {
          // A control character (NUL) makes the file look binary: refused as a whole, never read altered.
          expect(error).toMatchObject({ code: 'UNREADABLE_FILE' });
          expect(`${importer}${exporter}`.includes('\u0000')).toBe(true);
          return;
        }
        const mapping = suggestMapping(table.headers);
        const [parsed] = rowsToLicences(
          table.rows.map((r) => ({ row: r.row, values: applyMapping(r.cells, mapping) })),
        );
        // A lone surrogate cannot be written as UTF-8 at all: it becomes U+FFFD in any file.
        const asUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
        expect(parsed!.draft.importerName).toBe(asUtf8(importer).trim());
        expect(parsed!.draft.exporterName).toBe(asUtf8(exporter).trim());
      }),
      { seed, numRuns: runs },
    );
  });
});
