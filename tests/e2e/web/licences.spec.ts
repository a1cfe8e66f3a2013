import fs from 'node:fs';
import path from 'node:path';

import { wideColumnWorkbookFile } from '../../support/hostile-workbook';
import { canonicalFile, daysFromToday } from '../../support/licence-files';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, tabTo, typeDate } from './form-helpers';

test('a two-line licence is filled in by keyboard alone, with checks that appear and clear as you type', async ({
  app: page,
}) => {
  test.setTimeout(120_000); // about a hundred key presses and Tab walks on a two-core machine
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();

  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const combo = (name: string) => page.getByRole('combobox', { name, exact: true });
  const typeAt = async (target: ReturnType<typeof field>, text: string) => {
    await tabTo(page, target);
    await page.keyboard.type(text);
  };
  /** Types into a picker and takes the first option that matches, by keyboard. */
  const pickAt = async (target: ReturnType<typeof combo>, text: string, option: RegExp) => {
    await tabTo(page, target);
    await page.keyboard.type(text);
    await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(target).toHaveValue(option);
  };
  const dateAt = async (label: string, mmddyyyy: string) => {
    await tabTo(page, page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first());
    await page.keyboard.type(mmddyyyy);
  };

  await typeAt(field('Your reference'), 'KB-2LINE');
  await typeAt(field('Importer name'), 'Lakeside Aluminum Imports LLC');
  await typeAt(field('Importer number'), '34-5678901');
  await typeAt(field('Exporter name'), 'Gulf Extrusions FZE');
  await typeAt(field('Manufacturer 1'), 'Gulf Extrusions FZE');
  await pickAt(combo('Country of origin'), 'United Arab', /^United Arab Emirates \(AE\)/);
  await pickAt(combo('Country of export'), 'United Arab', /^United Arab Emirates \(AE\)/);
  await pickAt(combo('Expected port of entry'), '5301', /^5301 HOUSTON/);
  const asTyped = (iso: string) => `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`;
  await dateAt('Expected export date', asTyped(daysFromToday(5)));
  await dateAt('Expected import date', asTyped(daysFromToday(25)));

  // Line 1, with a mistake that the check catches as it is typed, then clears when corrected.
  const hts1 = combo('HTS number').first();
  await tabTo(page, hts1);
  await page.keyboard.type('7604.21');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  // The error sits beside the field (its error message slot), and in the summary below the form.
  const htsError = page
    .locator('[slot="errorMessage"]')
    .filter({ hasText: 'HTS number "7604.21" must be a 10-digit HTS statistical number' });
  await expect(htsError).toBeVisible();
  await hts1.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('.00.10');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(htsError).toBeHidden();
  await expect(page.getByTestId('line-0-category')).toHaveText('Bars, rods and profiles');

  await typeAt(page.getByRole('textbox', { name: 'Quantity (kg)' }).first(), '12000');
  await typeAt(page.getByRole('textbox', { name: 'Customs value (US$)' }).first(), '45600');
  await pickAt(combo('Country of largest smelt').first(), 'United Arab', /^United Arab Emirates \(AE\)/);
  await pickAt(combo('Country of second-largest smelt').first(), 'India', /^India \(IN\)/);
  await pickAt(combo('Country of most recent cast').first(), 'United Arab', /^United Arab Emirates \(AE\)/);

  // Line 2, added with the keyboard.
  await tabTo(page, page.getByRole('button', { name: '+ Add product line' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Product line 2' })).toBeVisible();
  await pickAt(combo('HTS number').nth(1), '7608.20', /^7608\.20\.00\.30/);
  await typeAt(page.getByRole('textbox', { name: 'Quantity (kg)' }).nth(1), '3000');
  await typeAt(page.getByRole('textbox', { name: 'Customs value (US$)' }).nth(1), '14250');
  await pickAt(combo('Country of largest smelt').nth(1), 'N/A', /^N\/A/);
  await pickAt(combo('Country of second-largest smelt').nth(1), 'N/A', /^N\/A/);
  await pickAt(combo('Country of most recent cast').nth(1), 'United Arab', /^United Arab Emirates \(AE\)/);
  await expect(page.getByTestId('line-1-unit-value')).toHaveText('$4,750 per metric ton');

  // Warnings never block; certify and file.
  await tabTo(page, page.getByRole('checkbox', { name: /I certify/ }));
  await page.keyboard.press('Space');
  await expect(page.getByText('No problems found')).toBeVisible();
  await screenshot(page, 'licence-form-two-lines');
  await expectAccessible(page, 'two-line licence form');
  await tabTo(page, page.getByRole('button', { name: 'Save and mark ready' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Licence saved and marked ready to file.')).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: 'Status and history' }).getByText('Ready to file').first(),
  ).toBeVisible();
});

test('what is typed while the first autosave creates the licence stays put: the text, the focus and the open list', async ({
  app: page,
}) => {
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();
  await screenshot(page, 'licence-form-new');
  await expectAccessible(page, 'new licence form');
  // The first autosave's create is held until the person is in the middle of a picker, then let through.
  let letCreateThrough = () => {};
  const held = new Promise<void>((resolve) => (letCreateThrough = resolve));
  await page.route('**/rpc/licences.create', async (route) => {
    await held;
    await route.continue();
  });
  const creating = page.waitForRequest('**/rpc/licences.create');
  // An import date too early to file yet: the saved draft offers to queue it for its first fileable day.
  await typeDate(page, 'Expected import date', daysFromToday(120));
  await page.getByRole('textbox', { name: 'Your reference', exact: true }).fill('KB-FIRST');
  await creating;
  const exporter = page.getByRole('textbox', { name: 'Exporter name', exact: true });
  await exporter.fill('Gulf Extrusions FZE');
  const picker = page.getByRole('combobox', { name: 'Country of second-largest smelt', exact: true });
  await picker.click();
  await page.keyboard.type('Ind');
  const india = page.getByRole('option', { name: /^India \(IN\)/ });
  await expect(india).toBeVisible();
  const pickerAt = await picker.boundingBox();

  letCreateThrough();
  await expect(page).toHaveURL(/#\/licences\/[0-9a-f-]{36}$/);
  // While the list is open the rest of the page is hidden from the accessibility tree: read the DOM.
  await expect(page.locator('h1')).toHaveText('KB-FIRST');
  // What was typed while the create was under way is written right after it.
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'kept');
  await expect(page.getByTestId('first-fileable-day')).toBeVisible();
  expect(await picker.boundingBox()).toEqual(pickerAt);
  // The page around the form changed (status panel, usable header buttons, the offer to queue it below the
  // form); the field did not move.
  await expect(picker).toBeFocused();
  await expect(india).toBeVisible();
  await page.keyboard.type('ia');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(/^India \(IN\)/);
  await expect(exporter).toHaveValue('Gulf Extrusions FZE');
  await expect(page.getByRole('button', { name: 'Copy licence' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^Queue to file on / })).toBeEnabled();
});

test('a 1,000-row file is previewed with its bad rows reported, then imported as drafts', async ({
  app: page,
  host,
}) => {
  const { csv, badRows } = canonicalFile(1000, 97, {
    expected_export_date: daysFromToday(10),
    expected_import_date: daysFromToday(20),
  });
  const file = path.join(host.dataDir, 'licences-1000.csv');
  fs.writeFileSync(file, csv);

  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'Import CSV or XLSX' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /500 licences in 1,000 rows/ })).toBeVisible();
  await expect(
    page.getByRole('heading', {
      name: new RegExp(`${500 - badRows.length} without errors, ${badRows.length} with errors`),
    }),
  ).toBeVisible();
  for (const row of badRows) await expect(page.getByText(new RegExp(`^Row ${row}[:,] `)).first()).toBeVisible();
  await screenshot(page, 'import-preview');
  await expectAccessible(page, 'import preview');

  await page.getByRole('button', { name: /Import 500 licences as drafts/ }).click();
  await expect(page.getByText('Imported 500 licences as drafts')).toBeVisible();
  await expect(page.getByText('500 licences', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('PO-00250');
  await expect(page.getByTestId('licence-row-PO-00250')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.getByText('500 licences', { exact: true })).toBeVisible();
  await screenshot(page, 'licence-register-500');
});

test('a large import shows what it is doing, and how far, while it is checked and written', async ({
  app: page,
  host,
}) => {
  const { csv } = canonicalFile(6000, 0, {
    expected_export_date: daysFromToday(10),
    expected_import_date: daysFromToday(20),
  });
  const file = path.join(host.dataDir, 'licences-6000.csv');
  fs.writeFileSync(file, csv);
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'Import CSV or XLSX' }).click();
  // Every label the progress bar shows, however briefly (the core reports each 500 licences checked).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const label = document.querySelector('[data-testid="task-progress"] .field-label')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('heading', { name: /3,000 licences in 6,000 rows/ })).toBeVisible();
  await page.getByRole('button', { name: /Import 3,000 licences as drafts/ }).click();
  await expect(page.getByText('Imported 3,000 licences as drafts')).toBeVisible();

  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const checking = seen.filter((label) => /^Checking licences… [\d,]+ of 3,000$/.test(label));
  expect(checking.length, seen.join(' | ')).toBeGreaterThan(1);
  const counts = checking.map((label) => Number(/… ([\d,]+) of/.exec(label)![1]!.replace(/,/g, '')));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(seen).toContain('Writing 3,000 licences…');
  await expect(page.getByTestId('task-progress')).toHaveCount(0);
});

test('a file that cannot be read gets one clear error and nothing is written', async ({ app: page, host }) => {
  const file = path.join(host.dataDir, 'scan.xlsx');
  fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 this is not a workbook'));
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'Import CSV or XLSX' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('alert')).toHaveText(
    /scan\.xlsx cannot be read: it is not a readable XLSX workbook.*Nothing was imported\./,
  );
});

test('a 20 MB workbook that inflates to 300 MB is refused in one sentence while the app keeps working', async ({
  app: page,
}) => {
  const { file } = await wideColumnWorkbookFile();
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'Import CSV or XLSX' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  // The same sentence `aim-licence validate` prints (tests/contract/hostile-workbook.test.ts).
  await expect(page.getByRole('alert')).toHaveText(
    `${path.basename(file)} was refused: row 1, column XFD holds a value, but at most 1,024 columns (A to AMJ) are read.`,
    { timeout: 60_000 },
  );
  await screenshot(page, 'import-refused-hostile-workbook');
  // The host is still serving: another section loads, and a real file imports afterwards.
  await openSection(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'Import CSV or XLSX' }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(canonicalFile(4).csv) });
  await expect(page.getByText('small.csv', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
