import fs from 'node:fs';

import ExcelJS from 'exceljs';

import { localIsoDate, plusDays } from '../../../src/shared/dates/iso-date';
import { samplePdf } from '../../support/sample-files';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, pick, typeDate, typeInto } from './form-helpers';

const today = localIsoDate(new Date());

test('a supplier document behind a licence line: registry, PDF, link, warning gone, compliance view', async ({
  app: page,
}) => {
  // One long journey through four screens (about 40 pickers and fields): more than the default minute on a busy machine.
  test.setTimeout(240_000);
  // A supplier and its product.
  await openSection(page, 'Suppliers & documents');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppliers & documents' })).toBeVisible();
  await page.getByRole('button', { name: 'New supplier' }).click();
  await typeInto(page, 'Supplier name', 'Northern Rolling Mills Inc.');
  await pick(page, 'Country', 'Canada', /^Canada \(CA\)/);
  await typeInto(page, 'Contact 1 name', 'Ann Lee');
  await typeInto(page, 'E-mail', 'ann@northern.example');
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northern Rolling Mills Inc.' })).toBeVisible();

  for (const [description, hts, option] of [
    ['Sheet 3003-H14', '7606.12.30', /^7606\.12\.30\.35/],
    ['Foil 8079 household', '7607.11.60', /^7607\.11\.60\.90/],
  ] as const) {
    await page.getByRole('button', { name: '+ Add product' }).click();
    const dialog = page.getByRole('dialog', { name: 'New product' });
    await typeInto(page, 'Product description', description);
    await pick(page, 'HTS number', hts, option);
    await pick(page, 'Usual country of largest smelt', 'Canada', /^Canada \(CA\)/);
    await pick(page, 'Usual country of second-largest smelt', 'N/A', /^N\/A/);
    await pick(page, 'Usual country of most recent cast', 'Canada', /^Canada \(CA\)/);
    await dialog.getByRole('button', { name: 'Add product' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId(`product-${description}`)).toBeVisible();
  }
  await screenshot(page, 'evidence-supplier');
  await expectAccessible(page, 'supplier page');

  // A mill test certificate for the sheet, with the PDF it came as.
  await page.getByRole('button', { name: 'Add a document for Sheet 3003-H14' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New document' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Sheet 3003-H14/ })).toBeChecked();
  await typeInto(page, 'Document number or title', 'MTC-2291');
  await typeDate(page, 'Issue date', plusDays(today, -20));
  await typeDate(page, 'Valid until', plusDays(today, 200));
  await pick(page, 'Country of largest smelt', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of second-largest smelt', 'N/A', /^N\/A/);
  await pick(page, 'Country of most recent cast', 'Canada', /^Canada \(CA\)/);
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'MTC-2291.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await expect(page.getByText('attached when the document is saved')).toBeVisible();
  await page.getByRole('button', { name: 'Save document' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mill / material test certificate MTC-2291' }),
  ).toBeVisible();
  await expect(page.getByTestId('file-MTC-2291.pdf')).toBeVisible();

  // The viewer shows the PDF inside the app, after checking its hash.
  await page.getByRole('button', { name: 'Open MTC-2291.pdf' }).click();
  await expect(page.getByTestId('file-integrity')).toContainText('Verified');
  const firstPage = page.getByRole('img', { name: 'MTC-2291.pdf, page 1 of 1' });
  await expect(firstPage).toBeVisible();
  await expect(page.locator('.pdf-viewer')).toHaveAttribute('data-state', 'done');
  // Drawn, not blank: the certificate's text leaves dark pixels on the page.
  const inked = await firstPage.evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 3]! > 0) dark += 1;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);
  await screenshot(page, 'evidence-document-viewer');
  await expectAccessible(page, 'document page');

  // A licence whose line was typed by hand: the check says no supplier stands behind it.
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).click();
  await typeInto(page, 'Your reference', 'PO-EVID-1');
  await typeInto(page, 'Importer name', 'Lakeside Aluminum Imports LLC');
  await typeInto(page, 'Importer number', '34-5678901');
  await typeInto(page, 'Exporter name', 'Northern Rolling Mills Inc.');
  await typeInto(page, 'Manufacturer 1', 'Northern Rolling Mills Inc.');
  await pick(page, 'Country of origin', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of export', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Expected port of entry', '3901', /^3901 CHICAGO/);
  await typeDate(page, 'Expected export date', plusDays(today, 10));
  await typeDate(page, 'Expected import date', plusDays(today, 20));
  await pick(page, 'HTS number', '7606.12.30', /^7606\.12\.30\.35/);
  await page.getByRole('textbox', { name: 'Quantity (kg)' }).fill('18500');
  await page.getByRole('textbox', { name: 'Customs value (US$)' }).fill('64750');
  await pick(page, 'Country of largest smelt', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of second-largest smelt', 'N/A', /^N\/A/);
  await pick(page, 'Country of most recent cast', 'Canada', /^Canada \(CA\)/);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft PO-EVID-1 saved/)).toBeVisible();
  const warning = page.locator('.issue-summary [data-code="EVIDENCE_MISSING"]');
  await expect(warning).toContainText('Product line 1 is not linked to a supplier');
  await expect(page.getByTestId('line-0-evidence')).toHaveAttribute('data-strength', 'none');

  // Link the line to the product and to the certificate: the warning goes, the evidence is direct.
  await pick(page, 'Fill from supplier product', 'Sheet', /^Sheet 3003-H14 \(Northern Rolling Mills Inc\.\)/);
  await expect(page.getByTestId('line-0-source')).toContainText('From Northern Rolling Mills Inc. · Sheet 3003-H14');
  await pick(page, 'Evidence document', 'MTC', /^Mill \/ material test certificate MTC-2291/);
  await expect(page.getByTestId('line-0-evidence')).toHaveAttribute('data-strength', 'direct');
  await expect(page.locator('[data-code^="EVIDENCE_"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft PO-EVID-1 saved/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('line-0-source')).toContainText('Sheet 3003-H14');
  await expect(page.getByRole('combobox', { name: 'Evidence document' })).toHaveValue(/MTC-2291/);
  await expect(page.locator('[data-code^="EVIDENCE_"]')).toHaveCount(0);
  await screenshot(page, 'evidence-licence-line');

  // The compliance view: the sheet is covered, the foil has no evidence, and one click opens the form for it.
  await openSection(page, 'Suppliers & documents');
  await page.getByRole('link', { name: 'Compliance view' }).click();
  await expect(page.getByTestId('compliance-Sheet 3003-H14')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('compliance-Sheet 3003-H14')).toContainText('PO-EVID-1');
  const gap = page.getByTestId('compliance-Foil 8079 household');
  await expect(gap).toHaveAttribute('data-state', 'missing');
  await expect(gap).toContainText('No current document states the country of largest smelt (Canada)');
  await screenshot(page, 'evidence-compliance-view');
  await expectAccessible(page, 'compliance view');
  await gap.getByRole('link', { name: 'Add a document for Foil 8079 household' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New document' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Foil 8079 household/ })).toBeChecked();
});

test('a declaration request goes out as a workbook, and the answer comes back as drafts to review', async ({
  app: page,
  host,
}) => {
  test.setTimeout(180_000);
  const supplier = await callHost<{ id: string }>(host, 'suppliers.create', {
    name: 'Nordic Foil AS',
    roles: ['manufacturer', 'cast-house'],
    country: 'NO',
    address: '',
    contacts: [],
    notes: '',
  });
  const foil = await callHost<{ id: string }>(host, 'products.create', {
    supplierId: supplier.id,
    description: 'Household foil 11 µm',
    code: 'HF11',
    htsCode: '7607113000',
    usualSmeltLargest: 'NO',
    usualSmeltSecond: 'N/A',
    usualCast: 'NO',
    notes: '',
  });
  await callHost(host, 'products.create', {
    supplierId: supplier.id,
    description: 'Fin stock 8011',
    code: 'FS8',
    htsCode: '7606123035',
    usualSmeltLargest: 'NO',
    usualSmeltSecond: 'N/A',
    usualCast: 'NO',
    notes: '',
  });

  await page.goto(`${host.origin}/#/suppliers/${supplier.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nordic Foil AS' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Prepare request' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`smelt-cast-request-nordic-foil-as-${today}.xlsx`);
  const row = page.getByTestId(`request-${today}`);
  await expect(row).toContainText('Prepared, not sent');
  await row.getByRole('button', { name: 'Mark sent today' }).click();
  await expect(row).toContainText('Sent, awaiting answer');

  // The supplier fills in the foil row of the workbook it received.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Declaration')!;
  const header = sheet.getRow(9);
  const column = (title: string) => (header.values as unknown[]).indexOf(title);
  for (let r = 10; r <= sheet.rowCount; r += 1) {
    const cells = sheet.getRow(r);
    if (cells.getCell(column('Product ID')).value !== foil.id) continue;
    cells.getCell(column('Country of largest smelt')).value = 'Norway';
    cells.getCell(column('Country of second-largest smelt')).value = 'Iceland';
    cells.getCell(column('Country of most recent cast')).value = 'Norway';
    cells.getCell(column('Your document reference')).value = 'ND-2026-07';
  }
  const answer = Buffer.from(await workbook.xlsx.writeBuffer());

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    row.getByRole('button', { name: 'Read answer…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'Nordic answer.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: answer,
  });
  const summary = page.locator('.answer-summary');
  await expect(summary).toContainText('Read Nordic answer.xlsx: 1 draft document to review.');
  await expect(summary).toContainText('(Fin stock 8011): no countries given; no document made.');
  await expect(row).toContainText('Answered');
  await screenshot(page, 'evidence-request-kit');
  await expectAccessible(page, 'supplier page with requests');

  // Review the draft: it says what the supplier declared; accepting it makes it evidence.
  await summary.getByRole('link', { name: 'Review the declaration for Household foil 11 µm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supplier declaration ND-2026-07' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Country of second-largest smelt' })).toHaveValue('Iceland (IS)');
  await expect(page.getByTestId('file-Nordic answer.xlsx')).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Status' }).getByText('Accepted as evidence', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Accepted as evidence' })).toBeChecked();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Document accepted as evidence')).toBeVisible();
  await openSection(page, 'Suppliers & documents');
  await page.getByRole('link', { name: 'Compliance view' }).click();
  await expect(page.getByTestId('compliance-Household foil 11 µm')).toHaveAttribute('data-state', 'mismatch');
  await expect(page.getByTestId('compliance-Household foil 11 µm')).toContainText(
    'attests Iceland for the country of second-largest smelt',
  );
});
