import { daysFromToday } from '../../support/licence-files';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, pick, typeDate, typeInto } from './form-helpers';

test('a draft made through the form is still there after the app restarts', async ({ app: page, host }) => {
  // The filer profile first: the applicant on every licence.
  await openSection(page, 'Settings');
  await typeInto(page, 'Company name', 'Lakeside Aluminum Imports LLC');
  await typeInto(page, 'U.S. street address', '1200 Harbor Road');
  await typeInto(page, 'City', 'Cleveland');
  await typeInto(page, 'ZIP code', '44114');
  await typeInto(page, 'Contact name', 'Dana Whitfield');
  await typeInto(page, 'Contact e-mail', 'dana@lakeside-al.example');
  await typeInto(page, 'Contact phone', '(216) 555-0142');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Filer profile saved')).toBeVisible();

  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).click();
  await typeInto(page, 'Your reference', 'PO-2026-0417');
  await typeInto(page, 'Importer name', 'Lakeside Aluminum Imports LLC');
  await typeInto(page, 'Importer number', '34-5678901');
  await typeInto(page, 'Exporter name', 'Northern Rolling Mills Inc.');
  await typeInto(page, 'Manufacturer 1', 'Northern Rolling Mills Inc.');
  await pick(page, 'Country of origin', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of export', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Expected port of entry', '3901', /^3901 CHICAGO/);
  await typeDate(page, 'Expected export date', daysFromToday(6));
  await typeDate(page, 'Expected import date', daysFromToday(13));
  await pick(page, 'HTS number', '7606.12.30', /^7606\.12\.30\.35/);
  await page.getByRole('textbox', { name: 'Quantity (kg)' }).fill('18500');
  await page.getByRole('textbox', { name: 'Customs value (US$)' }).fill('64750');
  await pick(page, 'Country of largest smelt', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of second-largest smelt', 'N/A', /^N\/A/);
  await pick(page, 'Country of most recent cast', 'Canada', /^Canada \(CA\)/);
  await expect(page.getByTestId('line-0-unit-value')).toHaveText('$3,500 per metric ton');
  await screenshot(page, 'licence-form');
  await expectAccessible(page, 'licence form');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/Draft PO-2026-0417 saved/)).toBeVisible();

  // Restart the host process on the same data directory, then find the draft again.
  const restarted = await host.restart();
  await page.goto(await restarted.pageUrl());
  await openSection(page, 'Licences');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Northern');
  const row = page.getByTestId('licence-row-PO-2026-0417');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('7606.12.30.35');
  await screenshot(page, 'licence-register');
  await expectAccessible(page, 'licence register');

  await row.click();
  await expect(page.getByRole('textbox', { name: 'Importer number' })).toHaveValue('34-5678901');
  await expect(page.getByRole('combobox', { name: 'Country of origin' })).toHaveValue('Canada (CA)');
  await expect(page.getByRole('textbox', { name: 'Quantity (kg)' })).toHaveValue('18,500');
});

test('every section is reachable from the navigation and passes an accessibility check', async ({ app: page }) => {
  for (const [link, heading] of [
    ['Dashboard', 'Dashboard'],
    ['Licences', 'Licences'],
    ['Settings', 'Settings'],
  ] as const) {
    await openSection(page, link);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, link);
  }
});
