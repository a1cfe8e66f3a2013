/**
 * Small, valid files made on the spot for tests: a one-page PDF with a line of text (what a
 * scanned certificate looks like to the app) and a 1x1 PNG.
 */
export function samplePdf(
  lines: readonly string[] = ['Mill test certificate MTC-2291', 'Smelted: Canada  Cast: Canada'],
): Buffer {
  return samplePdfPages([lines]);
}

/** A PDF of several pages, each with its lines of text (Helvetica, 20 points, a text layer). */
export function samplePdfPages(pages: readonly (readonly string[])[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = (lines: readonly string[]) =>
    [
      'BT',
      '/F1 20 Tf',
      '72 720 Td',
      ...lines.flatMap((line, i) => [...(i > 0 ? ['0 -28 Td'] : []), `(${escape(line)}) Tj`]),
      'ET',
    ].join('\n');
  // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream for each page.
  const pageObject = (i: number) => 4 + i * 2;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObject(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...pages.flatMap((lines, i) => {
      const stream = content(lines);
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageObject(i) + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
        `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
      ];
    }),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const samplePng = (): Buffer =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
