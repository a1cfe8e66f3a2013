import { describe, expect, it } from 'vitest';

import type { AppError } from '#shared/contract';

import {
  newLineUnder76042910,
  usitcCsvRecord,
  usitcFile,
  usitcJsonFromCsv,
  withDescription,
  withoutRecords,
  withRecordsAfter,
} from '../../../../tests/support/usitc-exports';
import { readHtsExport, referenceFileLimits } from './hts-export-file';

const refusal = (bytes: Uint8Array, name = 'hts_2026_revision_9_csv.csv', limits = referenceFileLimits) => {
  try {
    readHtsExport(bytes, name, limits);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('The file was accepted.');
};

describe('reading a USITC HTS export (CSV, as published)', () => {
  it('keeps the 124 chapter-76 statistical lines of 2026 Revision 3 with their full description paths', () => {
    const read = readHtsExport(usitcFile('2026r3'), 'hts_2026_revision_3_csv.csv');
    expect(read.format).toBe('csv');
    expect(read.rowCount).toBe(212);
    expect(read.lines).toHaveLength(124);
    const byCode = new Map(read.lines.map((l) => [l.hts10, l]));
    expect(byCode.get('7601106040')).toEqual({
      hts10: '7601106040',
      description: 'Unwrought aluminum > Aluminum, not alloyed > Other > Of 99.9 percent aluminum or greater',
      indent: 3,
      unit: 'kg',
    });
    // 7606.92.60.55/.95 sit at indent 5 under a parent at indent 3 (USITC's own export): the
    // skipped level is empty, and a sibling is never taken for a parent.
    expect(byCode.get('7606926095')?.description).toBe(
      'Aluminum plates, sheets and strip, of a thickness exceeding 0.2 mm > Other > Of aluminum alloys > Clad > With a thickness of 6.3 mm or less',
    );
    expect(byCode.get('7616995170')?.description).toBe(
      'Other articles of aluminum > Other > Other > Other > Other > Forgings',
    );
    expect([...byCode.values()].some((l) => l.unit === 'kg;m2' || l.unit.includes(';'))).toBe(true);
  });

  it('reads the JSON export the same way as the CSV', () => {
    const csv = readHtsExport(usitcFile('2026r3'), 'hts_2026_revision_3_csv.csv');
    const json = readHtsExport(usitcJsonFromCsv(usitcFile('2026r3')), 'hts_2026_revision_3_json.json');
    expect(json.format).toBe('json');
    expect(json.lines).toEqual(csv.lines);
  });

  it("reads the real JSON export's records, and refuses its chapter-1 opening for having no chapter 76", () => {
    const error = refusal(usitcFile('jsonHead'), 'hts_2026_revision_5_json.json');
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toBe(
      'hts_2026_revision_5_json.json cannot be used: it has no chapter 76 lines (its HTS numbers are in chapter 01). Nothing was changed.',
    );
  });

  it('picks up a new statistical line with its place in the hierarchy', () => {
    const changed = withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]);
    const line = readHtsExport(changed, 'x.csv').lines.find((l) => l.hts10 === '7604291050');
    expect(line?.description).toBe(
      'Aluminum bars, rods and profiles > Of aluminum alloys > Other > Other profiles > High-strength heat-treatable alloys of a kind described in statistical note 6 to this chapter',
    );
  });
});

describe('a damaged or wrong file is refused with one sentence', () => {
  const cut = usitcFile('2026r3');

  it('a wrong header', () => {
    const text = cut.toString('utf8').replace('Indent,', 'Level,');
    expect(refusal(Buffer.from(text)).message).toBe(
      'hts_2026_revision_9_csv.csv cannot be used: it is not a USITC HTS export (its header has no "Indent" column). Nothing was changed.',
    );
  });

  it('a licence file instead of an export', () => {
    expect(refusal(Buffer.from('licence_ref,entry_type\nPO-1,consumption\n')).message).toContain(
      'it is not a USITC HTS export (its header has no "HTS Number", "Indent", "Description", "Unit of Quantity" column)',
    );
  });

  it('a file cut off in the middle of a record', () => {
    const truncated = cut.subarray(0, cut.indexOf('"7606.92.60.55"') + 30);
    expect(refusal(truncated).message).toMatch(/row 96 has a quote that is never closed: the file looks cut short/);
    const midRecord = cut.subarray(0, cut.indexOf('"7606.92.60.55"') + 40);
    expect(refusal(midRecord).message).toMatch(/cut short/);
  });

  it('a file cut off between records, inside chapter 76', () => {
    const text = cut.toString('utf8');
    const cutAtHeading = Buffer.from(text.slice(0, text.indexOf('"7616.99.51.20"')));
    expect(refusal(cutAtHeading).message).toContain(
      'its last row (7616.99.51, row 203) has no statistical lines under it: the export is cut short',
    );
    const cutEarlier = Buffer.from(text.slice(0, text.indexOf('"7609.')));
    expect(refusal(cutEarlier).message).toContain('chapter 76 has no heading 7609, 7610, 7611 (and 5 more)');
  });

  it('the wrong chapter', () => {
    const chapter75 = Buffer.from(
      `\uFEFF${
        cut
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0]
      }\r\n` +
        usitcCsvRecord({ hts: '7502', indent: 0, description: 'Unwrought nickel:' }) +
        usitcCsvRecord({ hts: '7502.10.00.00', indent: 1, description: 'Nickel, not alloyed', units: ['kg'] }),
    );
    expect(refusal(chapter75).message).toContain('it has no chapter 76 lines (its HTS numbers are in chapter 75)');
  });

  it('a code listed twice', () => {
    const doubled = withRecordsAfter(cut, '7601.10.60.90', [
      { hts: '7601.10.60.40', indent: 3, description: 'Of 99.9 percent aluminum or greater', units: ['kg'] },
    ]);
    expect(refusal(doubled).message).toBe(
      'hts_2026_revision_9_csv.csv cannot be used: 7601.10.60.40 appears twice (rows 6 and 9). Nothing was changed.',
    );
  });

  it('an indent that is not a level', () => {
    const bad = withRecordsAfter(cut, '7601.10.60.90', [{ hts: '', indent: 3, description: 'x' }]);
    const text = bad.toString('utf8').replace('"","3","x"', '"","three","x"');
    expect(refusal(Buffer.from(text)).message).toContain('row 9 has the indent "three", which is not a level 0-20');
  });

  it('a part of the chapter only', () => {
    const without = withoutRecords(
      cut,
      ['', '.20', '.30', '.40', '.50', '.60', '.70', '.75', '.90'].map((s) => `7616.99.51${s}`),
    );
    expect(refusal(without).message).toContain(
      'chapter 76 has no 7616.99.51 statistical lines: the export is cut short',
    );
  });

  it('an empty file, binary data, broken JSON, and files over the limits', () => {
    expect(refusal(new Uint8Array()).message).toContain('it is empty');
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])).message).toContain('it holds binary data');
    const json = usitcJsonFromCsv(cut);
    expect(refusal(json.subarray(0, json.length - 200), 'hts.json').message).toContain(
      'its JSON ends before the list does: the file looks cut short',
    );
    expect(refusal(Buffer.from('{"htsno": "7601"}'), 'hts.json').message).toContain(
      'its JSON is not a list of HTS rows',
    );
    expect(refusal(Buffer.from('[{"htsno": "7601", "indent": "0"}]'), 'hts.json').message).toContain(
      'record 1 has no "description"',
    );
    expect(refusal(cut, 'x.csv', { ...referenceFileLimits, maxBytes: 10 * 1024 }).message).toContain(
      'it is larger than 10 KB',
    );
    expect(refusal(cut, 'x.csv', { ...referenceFileLimits, maxRows: 100 }).message).toContain('more than 100 rows');
  });

  it('keeps every description as published, only whitespace runs and the trailing colon tidied', () => {
    const spaced = withDescription(cut, '7601.10.60.40', '  Of 99.9   percent\taluminum or greater  ');
    const line = readHtsExport(spaced, 'x.csv').lines.find((l) => l.hts10 === '7601106040');
    expect(line?.description.endsWith('> Of 99.9 percent aluminum or greater')).toBe(true);
  });
});
