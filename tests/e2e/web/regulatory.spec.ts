import { daysFromToday } from '../../support/licence-files';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, pick, typeDate, typeInto } from './form-helpers';

test("a licence through CBP's port 4701 with a right entry number is marked ready without a warning", async ({
  app: page,
}) => {
  test.setTimeout(90_000);
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();

  await typeInto(page, 'Your reference', 'JFK-0001');
  await typeInto(page, 'Importer name', 'Lakeside Aluminum Imports LLC');
  // The importer number is optional: left empty.
  await typeInto(page, 'Exporter name', 'Northern Rolling Mills Inc.');
  await typeInto(page, 'Manufacturer 1', 'Northern Rolling Mills Inc.');
  await pick(page, 'Country of origin', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of export', 'Canada', /^Canada \(CA\)/);
  // The picker shows CBP's code with the Census number of the same place.
  await pick(
    page,
    'Expected port of entry',
    '4701',
    /^4701 John F\. Kennedy Airport, Jamaica, New York \(Census 1012\)$/,
  );
  await typeDate(page, 'Expected export date', daysFromToday(10));
  await typeDate(page, 'Expected import date', daysFromToday(20));

  // A wrong check digit is caught beside the field, with the right digit; then corrected.
  const entry = page.getByRole('textbox', { name: 'Entry number', exact: true });
  await entry.fill('B76-0324527-3');
  await entry.blur();
  const wrong = page.locator('[slot="errorMessage"]').filter({ hasText: "CBP's formula gives 8 (B76-0324527-8)" });
  await expect(wrong).toBeVisible();
  await entry.fill('B76-0324527-8');
  await entry.blur();
  await expect(wrong).toBeHidden();

  await pick(page, 'HTS number', '7606.12.30.35', /^7606\.12\.30\.35/);
  await typeInto(page, 'Quantity (kg)', '18500');
  await typeInto(page, 'Customs value (US$)', '64750');
  await pick(page, 'Country of largest smelt', 'Canada', /^Canada \(CA\)/);
  await pick(page, 'Country of second-largest smelt', 'N/A', /^N\/A/);
  await pick(page, 'Country of most recent cast', 'Canada', /^Canada \(CA\)/);
  await page.getByRole('checkbox', { name: /I certify/ }).focus();
  await page.keyboard.press('Space');

  await expect(page.getByText('No problems found: this licence can be marked ready to file.')).toBeVisible();
  await screenshot(page, 'licence-port-4701');
  await page.getByRole('button', { name: 'Save and mark ready' }).click();
  await expect(page.getByText('Licence saved and marked ready to file.')).toBeVisible();
  const status = page.getByRole('complementary', { name: 'Status and history' });
  await expect(status.getByText('Ready to file').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check results' })).toContainText('No problems found');
});

test('"Do I need a licence?" answers an exempt and a required entry, each reason with its source', async ({
  app: page,
}) => {
  await openSection(page, 'Do I need a licence?');
  await expect(page.getByRole('heading', { level: 1, name: 'Do I need a licence?' })).toBeVisible();

  const answer = page.getByTestId('need-licence-answer');
  const chooseKind = async (kind: RegExp) => {
    await page.getByRole('button', { name: /Kind of entry/ }).click();
    await page.getByRole('option', { name: kind }).click();
  };

  // A temporary importation under bond of aluminum sheet: exempt, on a trade publication's word.
  await chooseKind(/^Temporary importation under bond/);
  await pick(page, 'HTS number, line 1', '7606.12.30.35', /^7606\.12\.30\.35/);
  await typeInto(page, 'Customs value (US$)', '64750');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(answer).toContainText('No licence needed');
  await expect(answer).toContainText('No AIM licence needed: a temporary importation under bond (TIB) is exempt.');
  await expect(answer.getByRole('note')).toContainText('rests on a trade publication, not on the regulation’s text');
  await expect(answer).toContainText('Trade publication (not the regulation)');
  await screenshot(page, 'need-licence-exempt');

  // The same goods on a consumption entry, with a line outside AIM: a licence is required.
  await chooseKind(/^Consumption entry/);
  await page.getByRole('button', { name: 'Add a line' }).click();
  // 7610 is not an AIM product, so the picker does not list it: it is typed as it is.
  const line2 = page.getByRole('combobox', { name: 'HTS number, line 2' });
  await line2.fill('7610.10.00.10');
  await line2.press('Tab');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(answer).toContainText('Licence required');
  await expect(answer).toContainText('An AIM licence is required before the entry summary is filed.');
  await expect(answer).toContainText('19 CFR 361.101(b)');
  await expect(answer).toContainText('Outside AIM');
  await expect(answer.getByRole('note')).toHaveCount(0);
  await screenshot(page, 'need-licence-required');
  await expectAccessible(page, 'need-licence screen');
});
