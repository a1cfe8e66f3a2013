import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';

import { type TempCore, tempCore } from '../../../../../tests/support/temp-core';
import { requestColumns } from './request-columns';

let core: TempCore;
afterEach(() => core?.dispose());

function setUp() {
  core = tempCore('2026-03-02T15:00:00.000Z');
  const supplier = core.evidence.suppliers.create({
    name: 'Nordic Foil AS',
    roles: ['manufacturer', 'cast-house'],
    country: 'NO',
    address: 'Karmøy',
    contacts: [],
    notes: '',
  });
  const product = (description: string, htsCode: string) =>
    core.evidence.suppliers.createProduct({
      supplierId: supplier.id,
      description,
      code: description.slice(0, 6),
      htsCode,
      usualSmeltLargest: 'NO',
      usualSmeltSecond: 'N/A',
      usualCast: 'NO',
      notes: '',
    });
  const foil = product('Household foil 11 µm', '7607.11.30.00');
  const sheet = product('Fin stock 8011', '7606.12.30.35');
  const strip = product('Strip 1050', '7606.12.30.45');
  return { supplier, foil, sheet, strip };
}

/** The supplier's side: open the workbook we sent and type answers into the yellow cells. */
async function fillWorkbook(
  base64: string,
  answers: Record<string, Partial<Record<keyof typeof requestColumns, string | number | Date>>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Declaration')!;
  let headerRow = 0;
  const columnOf = new Map<string, number>();
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const key = Object.entries(requestColumns).find(([, title]) => title === cell.value)?.[0];
      if (key === 'productId') headerRow = r;
      if (key && (headerRow === r || headerRow === 0)) columnOf.set(key, c);
    });
  });
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const answer = answers[String(row.getCell(columnOf.get('productId')!).value)];
    if (!answer) continue;
    for (const [key, value] of Object.entries(answer)) row.getCell(columnOf.get(key)!).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('supplier request kit', () => {
  it('round-trips a fillable XLSX: generated, filled in by the supplier, read back as draft documents', async () => {
    const { supplier, foil, sheet, strip } = setUp();
    const { request, file } = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'xlsx',
      dueOn: '2026-03-16',
      productIds: [],
    });
    expect(request).toMatchObject({
      status: 'prepared',
      overdue: false,
      dueOn: '2026-03-16',
      supplierName: 'Nordic Foil AS',
    });
    expect([...request.productIds].sort()).toEqual([foil.id, sheet.id, strip.id].sort());
    expect(file.fileName).toBe('smelt-cast-request-nordic-foil-as-2026-03-02.xlsx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    // What the supplier sees: who asks, the request id, and one row per product with its HTS number.
    const sent = new ExcelJS.Workbook();
    await sent.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const declaration = sent.getWorksheet('Declaration')!;
    const texts: string[] = [];
    declaration.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Nordic Foil AS');
    expect(texts).toContain(request.id);
    expect(texts).toContain('7607.11.30.00');
    expect(texts).toContain('Fin stock 8011');

    const filled = await fillWorkbook(file.contentBase64, {
      [foil.id]: {
        smeltLargest: 'Norway',
        smeltSecond: 'Iceland',
        cast: 'NO',
        validUntil: new Date(Date.UTC(2026, 11, 31)),
        quantityKg: 120000,
        reference: 'ND-2026-07',
      },
      [sheet.id]: {
        smeltLargest: 'N/A',
        smeltSecond: 'N/A',
        cast: 'Sweden',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
      },
      [strip.id]: {},
    });
    const read = await core.evidence.requests.readAnswer(request.id, 'Nordic answer.xlsx', filled.toString('base64'));

    expect(read.request).toMatchObject({
      status: 'answered',
      answeredOn: '2026-03-02',
      answerFileName: 'Nordic answer.xlsx',
      documentCount: 2,
    });
    const byProduct = new Map(read.documents.map((d) => [d.productIds[0], d]));
    expect(byProduct.get(foil.id)).toMatchObject({
      status: 'draft',
      type: 'supplier-declaration',
      supplierId: supplier.id,
      reference: 'ND-2026-07',
      smeltLargest: 'NO',
      smeltSecond: 'IS',
      cast: 'NO',
      validUntil: '2026-12-31',
      quantityKg: 120000,
      requestId: request.id,
      fileCount: 1,
    });
    expect(byProduct.get(sheet.id)).toMatchObject({
      smeltLargest: 'N/A',
      smeltSecond: 'N/A',
      cast: 'SE',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
    });
    expect(read.problems).toEqual([`Row 12 (Strip 1050): no countries given; no document made.`]);
    // Drafts wait for review: they are not evidence yet.
    expect(
      core.evidence.index.forLines({ supplierIds: [supplier.id], productIds: [], documentIds: [] })?.documents,
    ).toEqual([]);
    // The answer file itself is kept, once, on each draft document.
    const doc = core.evidence.documents.get(byProduct.get(foil.id)!.id);
    expect(doc.files[0]).toMatchObject({ fileName: 'Nordic answer.xlsx' });
    expect(core.evidence.documents.readFile(doc.id, doc.files[0]!.id).intact).toBe(true);
  });

  it('writes the CSV version with formula-looking cells neutralised, and reads them back as typed', async () => {
    const { supplier } = setUp();
    const hostile = core.evidence.suppliers.createProduct({
      supplierId: supplier.id,
      description: '=HYPERLINK("http://attacker.example/x","Open")',
      code: '+SUM(A1)',
      htsCode: '7606.12.30.35',
      usualSmeltLargest: 'NO',
      usualSmeltSecond: 'N/A',
      usualCast: 'NO',
      notes: '',
    });
    const { request, file } = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'csv',
      dueOn: '2026-03-16',
      productIds: [hostile.id],
    });
    const text = Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const cells = Papa.parse<string[]>(text.trimEnd()).data.flat();
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain('\'=HYPERLINK("http://attacker.example/x","Open")');
    expect(cells).toContain("'+SUM(A1)");

    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    rows[0]![requestColumns.smeltLargest] = 'NO';
    rows[0]![requestColumns.cast] = 'NO';
    rows[0]![requestColumns.validUntil] = 'soon';
    const read = await core.evidence.requests.readAnswer(
      request.id,
      'answer.csv',
      Buffer.from(Papa.unparse(rows), 'utf8').toString('base64'),
    );
    // The description comes back as it was typed, without the apostrophe the file carried.
    expect(read.problems[0]).toMatch(/^Row 2 \(=HYPERLINK\("http:\/\/attacker\.example\/x","Open"\)\): "soon"/);
    expect(read.documents).toHaveLength(1);
  });

  it('round-trips the CSV version, and reports what it could not read', async () => {
    const { supplier, foil, sheet } = setUp();
    const { request, file } = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'csv',
      dueOn: '2026-03-16',
      productIds: [foil.id, sheet.id],
    });
    const parsed = Papa.parse<Record<string, string>>(
      Buffer.from(file.contentBase64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    expect(parsed.data.map((r) => r[requestColumns.requestId])).toEqual([request.id, request.id]);
    for (const row of parsed.data) {
      if (row[requestColumns.productId] === foil.id)
        Object.assign(row, {
          [requestColumns.smeltLargest]: 'NOR',
          [requestColumns.smeltSecond]: 'n/a',
          [requestColumns.cast]: 'Norwey',
        });
      else
        Object.assign(row, {
          [requestColumns.smeltLargest]: 'CA',
          [requestColumns.smeltSecond]: 'N/A',
          [requestColumns.cast]: 'CA',
          [requestColumns.validUntil]: '31/12/2026',
        });
    }
    const answer = Buffer.from(Papa.unparse(parsed.data), 'utf8');
    const read = await core.evidence.requests.readAnswer(request.id, 'answer.csv', answer.toString('base64'));
    expect(read.documents).toHaveLength(2);
    expect(read.documents.find((d) => d.productIds[0] === foil.id)).toMatchObject({
      smeltLargest: 'NO',
      smeltSecond: 'N/A',
      cast: 'Norwey',
    });
    expect(read.problems).toEqual([
      'Row 2 (Fin stock 8011): "31/12/2026" in Declaration valid until (YYYY-MM-DD) is not a date written as YYYY-MM-DD; it was left empty.',
      'Row 3 (Household foil 11 µm): "Norwey" in Country of most recent cast is not a country we know; correct it in the draft before accepting it.',
    ]);
  });

  it('refuses an answer to another request and changes nothing', async () => {
    const { supplier } = setUp();
    const first = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'xlsx',
      dueOn: '2026-03-16',
      productIds: [],
    });
    const second = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'xlsx',
      dueOn: '2026-03-20',
      productIds: [],
    });
    const result = await core.dispatch(
      'requests.readAnswer',
      { id: second.request.id, fileName: 'a.xlsx', contentBase64: first.file.contentBase64 },
      { host: 'in-process' },
    );
    expect(!result.ok && result.error.message).toBe(
      `"a.xlsx" answers another request (Request ID ${first.request.id}), not this one. Read it back on that request.`,
    );
    expect(core.evidence.requests.list().map((r) => r.status)).toEqual(['prepared', 'prepared']);
  });

  it('tracks a request from prepared to sent to overdue to answered', async () => {
    const { supplier, foil } = setUp();
    const { request, file } = await core.evidence.requests.create({
      supplierId: supplier.id,
      format: 'xlsx',
      dueOn: '2026-03-16',
      productIds: [foil.id],
    });
    expect(core.evidence.requests.markSent(request.id, '2026-03-02')).toMatchObject({
      status: 'sent',
      sentOn: '2026-03-02',
      overdue: false,
    });
    core.clock.set('2026-03-16T15:00:00.000Z');
    expect(core.evidence.requests.list()[0]).toMatchObject({ status: 'sent', overdue: false });
    core.clock.set('2026-03-17T15:00:00.000Z');
    expect(core.evidence.requests.list()[0]).toMatchObject({ status: 'sent', overdue: true });
    expect(core.evidence.compliance.report(30).requests.map((r) => r.overdue)).toEqual([true]);
    const filled = await fillWorkbook(file.contentBase64, {
      [foil.id]: { smeltLargest: 'NO', smeltSecond: 'N/A', cast: 'NO' },
    });
    await core.evidence.requests.readAnswer(request.id, 'answer.xlsx', filled.toString('base64'));
    expect(core.evidence.requests.list()[0]).toMatchObject({
      status: 'answered',
      overdue: false,
      answeredOn: '2026-03-17',
    });
    expect(core.evidence.compliance.report(30).requests).toEqual([]);
    // The request file can be downloaded again exactly as prepared.
    expect(core.evidence.requests.download(request.id).contentBase64).toBe(file.contentBase64);
  });

  it('will not prepare a request for a supplier without products', async () => {
    core = tempCore();
    const supplier = core.evidence.suppliers.create({
      name: 'Empty Trading',
      roles: ['exporter'],
      country: 'AE',
      address: '',
      contacts: [],
      notes: '',
    });
    const result = await core.dispatch(
      'requests.create',
      { supplierId: supplier.id, format: 'xlsx', dueOn: '2026-03-16' },
      { host: 'in-process' },
    );
    expect(!result.ok && result.error.message).toBe(
      'Empty Trading has no products registered yet. Add its products first: the request lists them for the supplier to answer.',
    );
  });
});
