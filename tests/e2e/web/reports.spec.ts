import fs from 'node:fs';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { localIsoDate, plusDays } from '../../../src/shared/dates/iso-date';
import { type Call, entryNumber, filerProfile, type SeededReports, seedReports } from '../../support/report-fixtures';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection } from './form-helpers';
import { compact, keepPdf, pdfPagesToPng, printPdf, readPdf, waitForPrintReady } from './pdf-helpers';

const today = localIsoDate(new Date());

const rpcFor =
  (host: { origin: string; secret: string }): Call =>
  (method, input) =>
    callHost(host, method, input);

/** The seeded licences, dated around today so every rule and the dashboard see them as current. */
const seed = (host: { origin: string; secret: string }) =>
  seedReports(
    rpcFor(host),
    { expectedExportDate: plusDays(today, 6), expectedImportDate: plusDays(today, 13) },
    { issueDate: plusDays(today, -20), validUntil: plusDays(today, 10) },
  );

async function openPrintView(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
  await waitForPrintReady(page);
}

const displayed = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

test('a printed licence summary carries every field, formatted for a U.S. reader', async ({ app: page, host }) => {
  const seeded: SeededReports = await seed(host);
  await openPrintView(page, `/print/licences/${seeded.issued.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'PO-2026-0417' })).toBeVisible();
  await screenshot(page, 'reports-summary-preview');
  await expectAccessible(page, 'summary print preview');

  const pdf = await printPdf(page);
  keepPdf(pdf, 'reports-summary');
  const { numPages, pages } = await readPdf(pdf);
  const text = pages.join(' ');
  expect(numPages).toBe(2);
  pages.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of ${numPages}`));
  // The running head repeats on the second page, so a loose page still names its licence.
  expect(pages[1]).toContain('AIM licence summary · PO-2026-0417 · Licence AL2026000417');

  const licence = await rpcFor(host)<{ validFrom: string; validThrough: string; version: number }>('licences.get', {
    id: seeded.issued.id,
  });
  for (const expected of [
    // Applicant (filer profile)
    filerProfile.company,
    filerProfile.contactName,
    '1200 Harbor Road, Cleveland, OH 44114',
    filerProfile.phone,
    filerProfile.fax,
    filerProfile.email,
    filerProfile.importerNumber,
    // The licence as issued
    'AL2026000417',
    'Issued',
    `${displayed(licence.validFrom)} to ${displayed(licence.validThrough)}`,
    // Shipment, every header field
    'PO-2026-0417',
    'Consumption entry',
    'Lakeside Aluminum Imports LLC',
    '34-5678901',
    'Northern Rolling Mills Inc.',
    'Canada (CA)',
    '3901 CHICAGO',
    displayed(plusDays(today, 6)),
    displayed(plusDays(today, 13)),
    'LKS-1020304-1',
    'Certified by Dana Whitfield',
    // Product lines: HTS, numbers with separators and cents, unit values
    '7606.12.30.35',
    '7607.11.30.00',
    '18,500 kg',
    '$64,750.00',
    '$3,500.00/t',
    '2,500.5 kg',
    '$12,345.67',
    '$4,937.28/t',
    '21,000.5 kg',
    '$77,095.67',
    // Smelt and cast as on the licence and as ACE record 07
    'United Arab Emirates (AE)',
    'India (IN)',
    'CA / – / CA',
    'AE / IN / AE',
    'Y / N',
    // Validation with its data version, evidence with its hash, the audit trail
    'Valid: no errors',
    'Mill / material test certificate MTC-2291',
    'MTC-2291.pdf',
    'Status: issued',
    'Ready to file → Submitted',
  ]) {
    expect(text, expected).toContain(expected);
  }
  // Hashes and the reference data version are long enough to wrap.
  expect(compact(text)).toContain(seeded.fileSha256);
  const { version } = await rpcFor(host)<{ version: string }>('reference.get', {});
  expect(compact(text)).toContain(compact(`with reference data ${version}.`));
  const [first, second] = await pdfPagesToPng(pdf, 'reports-summary-pdf', [1, 2]);
  expect(fs.statSync(first!).size).toBeGreaterThan(20_000);
  expect(fs.statSync(second!).size).toBeGreaterThan(5_000);
});

test('a batch of summaries prints as one PDF: a cover table, then each licence from a new page', async ({
  app: page,
  host,
}) => {
  const seeded = await seed(host);
  const ids = [seeded.issued.id, seeded.second.id, seeded.draft.id];
  await openPrintView(page, `/print/licences/${ids.join(',')}`);
  await expect(page.getByRole('heading', { level: 2, name: '3 selected licences' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'reports-batch-print-media');
  await page.emulateMedia({ media: null });

  const pdf = await printPdf(page);
  keepPdf(pdf, 'reports-batch');
  const { numPages, pages } = await readPdf(pdf);
  expect(pages[0]).toContain('AIM licence summaries');
  for (const reference of ['PO-2026-0417', 'PO-2026-0418', 'PO-2026-0420']) expect(pages[0]).toContain(reference);
  expect(pages[0]).toContain('Total, 3 licences');
  expect(pages[0]).toContain('$170,495.67');
  // Each summary starts on a page of its own: its title is the first thing after the running head.
  const starts = ['PO-2026-0417', 'PO-2026-0418', 'PO-2026-0420'].map((reference) =>
    pages.findIndex((p, i) => i > 0 && p.includes(`AIM LICENCE SUMMARY ${reference}`)),
  );
  expect(starts.every((index) => index > 0)).toBe(true);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(numPages).toBeGreaterThanOrEqual(4);
  pages.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of ${numPages}`));
  // The secondary-only draft: N/A smelt, no primary aluminum, recycled only.
  expect(pages.slice(starts[2]!).join(' ')).toContain('– / – / MX');
  await pdfPagesToPng(pdf, 'reports-batch-pdf', [1, starts[2]! + 1]);
});

test('the dashboard shows what needs attention and the imports as charts', async ({ app: page, host }) => {
  await seed(host);
  await page.reload();
  await openSection(page, 'Dashboard');
  await expect(page.getByRole('heading', { name: 'Licences needing attention' })).toBeVisible();
  await expect(page.getByText('Import within 14 days: file it before the entry summary')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Supplier evidence expiring' })).toBeVisible();
  await expect(page.getByRole('link', { name: /MTC-2291/ })).toBeVisible();
  await expect(page.getByTestId('charts-totals')).toContainText(
    '3 licences, 4 product lines: 50,201 kg worth $170,496',
  );
  for (const chart of ['chart-month', 'chart-heading', 'chart-smelt', 'chart-cast', 'chart-status']) {
    await expect(page.getByTestId(chart).locator('.recharts-bar-rectangle').first()).toBeVisible();
  }
  await page.getByTestId('chart-smelt').getByText('Numbers').click();
  await expect(page.getByTestId('chart-smelt').getByRole('row', { name: /Canada \$64,750/ })).toBeVisible();
  await screenshot(page, 'reports-dashboard');
  await expectAccessible(page, 'dashboard');

  await page
    .getByRole('radio', { name: 'Kilograms' })
    .or(page.getByRole('button', { name: 'Kilograms' }))
    .first()
    .click();
  await expect(page.getByTestId('chart-smelt').getByRole('row', { name: /Canada 18,500 kg/ })).toBeVisible();
});

test('reports screen: fallback form, broker hand-off files and an audit pack that checks out', async ({
  app: page,
  host,
}) => {
  test.setTimeout(120_000);
  const seeded = await seed(host);
  await page.reload();

  // The fallback form from the licence itself.
  await page.evaluate((id) => (window.location.hash = `#/licences/${id}`), seeded.draft.id);
  await page.getByRole('button', { name: 'Fallback form' }).click();
  await waitForPrintReady(page);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Form ITA-4142a: Aluminum Import License Application' }),
  ).toBeVisible();
  const mexico = page.getByRole('row', { name: /12 Country of Origin Mexico/ });
  await expect(mexico).toBeVisible();
  await expect(page.getByText('Aluminum.license@trade.gov', { exact: true })).toBeVisible();
  // ITA's own subject, and the page says what on it is ITA's and what is the app's layout.
  await expect(
    page.getByText(/with the subject “Aluminum License Application” \(as Form ITA-4142a instructions/),
  ).toBeVisible();
  await expect(page.getByTestId('fallback-layout-note')).toContainText(
    "field numbers 01-19 and their names are Form ITA-4142a's; the page layout, the product blocks and the notes are this app's",
  );
  await expect(page.getByText(/This app's own grouping by HTS heading/).first()).toBeVisible();
  await screenshot(page, 'reports-fallback-form');
  await expectAccessible(page, 'fallback form');
  const fallback = (await readPdf(await printPdf(page))).pages.join(' ').replace(/\s+/g, ' ');
  expect(fallback).toContain('Country where the largest volume of primary aluminum was smelted Not applicable');
  expect(fallback).not.toMatch(/\b23a\b|\b24-25\b|Importer number|filled in by the portal/i);
  expect(fallback).not.toContain('Copy address');

  await page.getByRole('button', { name: '← Back' }).click();
  await openSection(page, 'Reports');
  // Broker hand-off: the entry both issued licences name.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Entry LKS-1020304-1: 3 HTS lines on 2 licences, ready for the broker.' }),
  ).toBeVisible();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = fs.readFileSync(await (await csvDownload).path());
  expect(csv.toString('utf8').split('\r\n')[1]).toBe(
    `"${entryNumber}","1","28","AL2026000417","7606123035","18500","64750.00","CA","","CA","Y","N","PO-2026-0417","Regular"`,
  );

  // Audit pack for the period, made by the browser version (summaries as print-ready HTML).
  const packDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make audit pack' }).click();
  const packFile = await (await packDownload).path();
  await expect(page.getByText(/3 licences, \d+ files, with the summaries as a print-ready HTML page/)).toBeVisible();
  const pack = unzipSync(fs.readFileSync(packFile));
  const html = strFromU8(pack['summaries/licence-summaries.html']!);
  expect(html).toContain('PO-2026-0418');
  expect(html).toContain('@page');
  await screenshot(page, 'reports-screen');
  await expectAccessible(page, 'reports screen');

  // Handing the pack back: every file matches its manifest and this app made it.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a pack to check…' }).click();
  await (await chooser).setFiles(packFile);
  await expect(page.getByText(/intact\. All \d+ files match the manifest \(3 licences/)).toBeVisible();
  await expect(page.getByText('This app made it: its audit trail records the manifest hash.')).toBeVisible();
});
