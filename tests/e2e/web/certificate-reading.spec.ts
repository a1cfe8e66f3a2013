import { samplePdf } from '../../support/sample-files';
import { scannedCertificatePng } from '../../support/scanned-certificate';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection } from './form-helpers';

const supplier = {
  name: 'Keflavik Smelting hf.',
  roles: ['smelter'],
  country: 'IS',
  address: 'Hafnargata 10, 230 Reykjanesbaer',
  contacts: [],
  notes: '',
};

test('a scanned certificate is read: proposals with their source text, two accepted, one corrected, all traced', async ({
  app: page,
  host,
}) => {
  // OCR of a scan on a busy two-core machine takes seconds; the journey reads one.
  test.setTimeout(240_000);
  const created = await callHost<{ id: string }>(host, 'suppliers.create', supplier);
  await page.goto(`${host.origin}/#/suppliers/${created.id}/documents/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'New document' })).toBeVisible();

  // Attaching the scan reads it at once: the proposals appear beside the viewer, with their words.
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: 'certificate-scan.png', mimeType: 'image/png', buffer: scannedCertificatePng() });
  const panel = page.getByRole('region', { name: 'What the document says' });
  const largest = page.getByTestId('proposal-smeltLargest');
  await expect(largest).toContainText('Iceland (IS)', { timeout: 120_000 });
  await expect(largest.getByLabel('Source text for country of largest smelt')).toHaveText(
    '“Country of smelt (largest) Iceland”',
  );
  await expect(page.getByTestId('proposal-smeltSecond')).toContainText('Canada (CA)');
  await expect(page.getByTestId('proposal-cast')).toContainText('Norway (NO)');
  await expect(panel).toContainText('Read by OCR from a scan');
  // Nothing is filled in until the person decides.
  await expect(page.getByRole('combobox', { name: 'Country of largest smelt' })).toHaveValue('');
  // Pointing at a proposal marks its words on the page.
  await largest.hover();
  await expect(page.locator('.highlight.is-active[data-highlight="smeltLargest"]').first()).toBeVisible();
  await screenshot(page, 'reading-proposals');

  // Accept two, correct one (and accept the date the form needs).
  await page.getByRole('button', { name: 'Accept country of largest smelt: Iceland (IS)' }).click();
  await page.getByRole('button', { name: 'Accept country of most recent cast: Norway (NO)' }).click();
  await page.getByRole('button', { name: 'Correct country of second-largest smelt' }).click();
  const corrected = page.getByRole('textbox', { name: 'Corrected country of second-largest smelt' });
  await corrected.fill('Russia');
  await page.getByRole('button', { name: 'Use corrected value' }).click();
  await expect(page.getByTestId('proposal-smeltSecond')).toContainText(
    'Corrected to Russian Federation (RU): in the form',
  );
  await page.getByRole('button', { name: /^Accept document date/ }).click();
  await expect(page.getByRole('combobox', { name: 'Country of largest smelt' })).toHaveValue(/Iceland/);
  await expect(page.getByTestId('source-smeltLargest')).toContainText(
    'From certificate-scan.png, page 1: “Country of smelt (largest) Iceland” (accepted as proposed)',
  );
  await expect(page.getByTestId('source-smeltSecond')).toContainText('corrected; the reader proposed CA');
  await screenshot(page, 'reading-accepted');
  await expectAccessible(page, 'document form with proposals');

  await page.getByRole('button', { name: 'Save document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Mill \/ material test certificate/ })).toBeVisible();

  // The record says where each value came from, once saved and opened again.
  await page.reload();
  await expect(page.getByTestId('source-smeltLargest')).toContainText('“Country of smelt (largest) Iceland”');
  await expect(page.getByTestId('source-cast')).toContainText('“Country of most recent cast Norway”');
  await expect(page.getByTestId('source-smeltSecond')).toContainText('corrected; the reader proposed CA');
  await expect(page.getByTestId('source-issueDate')).toContainText('“Date of issue: 12.05.2025”');
  await screenshot(page, 'reading-record');

  // And so does the audit trail.
  await openSection(page, 'Audit trail');
  const entry = page.getByRole('row', { name: /Values taken from the document/ }).first();
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: /Show 4 fields/ }).click();
  const changes = page.locator('.audit-changes');
  await expect(changes).toContainText(
    'IS: accepted as proposed; certificate-scan.png, page 1 (read by OCR): “Country of smelt (largest) Iceland”',
  );
  await expect(changes).toContainText('RU: edited from the proposed “CA”');
  await screenshot(page, 'reading-audit-trail');
});

test('a supplier’s answer pack becomes drafts to review one by one, each with its proposals', async ({
  app: page,
  host,
}) => {
  test.setTimeout(120_000);
  const created = await callHost<{ id: string }>(host, 'suppliers.create', {
    ...supplier,
    name: 'Fjord Rolling Mills ASA',
  });
  await openSection(page, 'Suppliers & documents');
  await page.getByRole('link', { name: 'Fjord Rolling Mills ASA' }).click();
  const pack = page.getByRole('region', { name: "Read a supplier's answer pack" });
  await pack.locator('input[type="file"]').setInputFiles([
    {
      name: 'mtc-1.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(['Mill test certificate', 'Date: 03.02.2025', 'Country of smelt (largest): Norway']),
    },
    {
      name: 'mtc-2.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(['Mill test certificate', 'Date: 04.02.2025', 'Cast country: Sweden']),
    },
  ]);
  await expect(pack.getByRole('status')).toContainText('2 draft documents to review, one by one.');
  await expect(page.getByTestId('pack-mtc-1.pdf')).toContainText(/\d proposals? Review/);
  await screenshot(page, 'reading-pack');
  await pack.getByRole('link', { name: 'mtc-1.pdf' }).click();
  // The draft opens on its file with the proposals beside it; nothing was filled in.
  await expect(page.getByTestId('proposal-smeltLargest')).toContainText('Norway (NO)');
  await expect(page.getByRole('combobox', { name: 'Country of largest smelt' })).toHaveValue('');
  await page.getByRole('link', { name: 'Next document to review →' }).click();
  await expect(page.getByTestId('proposal-cast')).toContainText('Sweden (SE)');
  expect(created.id).toBeTruthy();
});
