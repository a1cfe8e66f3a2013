import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { endIdleWorkers } from '#core/workers/run-in-worker';
import { AppError } from '#shared/contract';

import { samplePdf, samplePdfPages } from '../../../../../../tests/support/sample-files';
import { scannedCertificatePng } from '../../../../../../tests/support/scanned-certificate';
import { readDocument } from './document-reader';
import { englishModelDir } from './ocr-engine';
import { defaultReadingLimits } from './reading-limits';

afterAll(() => endIdleWorkers());

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A PNG header declaring a size and nothing else: a decoder handed it would try to allocate it all. */
function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header[24] = 8;
  header[25] = 6;
  return header;
}

describe('reading a supplier document', () => {
  it('reads a PDF with a text layer: proposals with page, text and place', async () => {
    const pdf = samplePdf([
      'Mill test certificate MTC-2291',
      'Date of issue: 14.03.2025',
      'Country of origin: Canada',
      'Country of smelt (largest): Norway',
      'Smelt country (second): Iceland',
      'Cast country: Norway',
    ]);
    const reading = await readDocument(pdf, 'pdf', 'mtc.pdf');
    expect(reading).toMatchObject({ method: 'text', pages: 1, pagesRead: 1, notes: [] });
    expect(reading.proposals.smeltLargest).toMatchObject({
      value: 'NO',
      page: 1,
      text: 'Country of smelt (largest): Norway',
    });
    expect(reading.proposals.smeltSecond?.value).toBe('IS');
    expect(reading.proposals.cast?.value).toBe('NO');
    expect(reading.proposals.documentDate?.value).toBe('2025-03-14');
    // The fourth line of a Letter page set at 20 points from 72 pt below its top edge.
    const rect = reading.proposals.smeltLargest!.rects[0]!;
    expect(rect.y).toBeGreaterThan(0.15);
    expect(rect.y).toBeLessThan(0.25);
  });

  it('reads a scan by OCR, offline, with the English model shipped in its npm package', async () => {
    expect(fs.existsSync(`${englishModelDir()}/eng.traineddata.gz`)).toBe(true);
    const reading = await readDocument(scannedCertificatePng(), 'png', 'scan.png');
    expect(reading.method).toBe('ocr');
    expect(reading.proposals.smeltLargest).toMatchObject({ value: 'IS', text: 'Country of smelt (largest) Iceland' });
    expect(reading.proposals.smeltSecond?.value).toBe('CA');
    expect(reading.proposals.cast?.value).toBe('NO');
    expect(reading.proposals.documentDate?.value).toBe('2025-05-12');
    // The country of origin (Germany) and the port (Netherlands) are never proposed.
    const values = Object.values(reading.proposals).map((p) => p.value);
    expect(values).not.toContain('DE');
    expect(values).not.toContain('NL');
  });

  it('refuses, in one sentence, an image larger than the pixel limit, before decoding it', async () => {
    const error = await refusal(readDocument(pngDeclaring(20_000, 20_000), 'png', 'poster.png'));
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toBe(
      '"poster.png" was not read: the image is 20,000 × 20,000 pixels (400 megapixels), and scans of at most 40 megapixels are read (scan the page at 300 dpi or less).',
    );
  });

  it('reads at most the page limit and says so', async () => {
    const pdf = samplePdfPages([['Page one'], ['Page two'], ['Cast country: Norway']]);
    const reading = await readDocument(pdf, 'pdf', 'long.pdf', { ...defaultReadingLimits, maxPages: 2 });
    expect(reading).toMatchObject({ pages: 3, pagesRead: 2 });
    expect(reading.notes).toEqual([
      'Only the first 2 of 3 pages were read: the reader reads at most 2 pages of a document.',
    ]);
    expect(reading.proposals.cast).toBeUndefined();
  });

  it('keeps the pages read when the time runs out, and says where it stopped', async () => {
    const pdf = samplePdfPages([['Cast country: Norway'], ['Country of smelt: Iceland']]);
    const reading = await readDocument(pdf, 'pdf', 'slow.pdf', { ...defaultReadingLimits, softTimeoutMs: 0 });
    expect(reading.pagesRead).toBe(1);
    expect(reading.notes).toEqual([
      'Reading stopped after page 1 of 2: a file is read for at most 0 seconds. The proposals come from that page only.',
    ]);
    expect(reading.proposals.cast?.value).toBe('NO');
  });

  it('stops a reading that outlasts the hard limit, and names it', async () => {
    const error = await refusal(
      readDocument(scannedCertificatePng(), 'png', 'scan.png', { ...defaultReadingLimits, timeoutMs: 50 }),
    );
    expect(error.message).toBe('"scan.png" was not read: reading it took longer than 50 ms, the most allowed.');
  });

  it('says a damaged PDF cannot be read', async () => {
    const error = await refusal(readDocument(Buffer.from('%PDF-1.4\nnot really a pdf'), 'pdf', 'broken.pdf'));
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toMatch(/^"broken\.pdf" cannot be read: it is not a readable PDF \(.+\)\.$/);
  });
});
