import { canonicalFile, daysFromToday } from '../../support/licence-files';
import { validDraft } from '../../support/licence-fixtures';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';

// Issue 13 in the browser version: the command list's shortcuts where the browser lets a page
// have them, the shortcuts sheet (`?`), the reminders list, and files dropped as File objects.

test('shortcuts: ? shows the sheet; a new licence, a section and Print work from the keyboard', async ({
  app: page,
  host,
}) => {
  const licence = await callHost<{ id: string }>(
    host,
    'licences.create',
    validDraft({ reference: 'KEYS-1', expectedImportDate: daysFromToday(6), expectedExportDate: daysFromToday(2) }),
  );
  // The print dialog is the browser's own: the page asking for it is what the app controls.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId('shortcut-file.newLicence')).toContainText('Alt+N');
  await expect(sheet.getByTestId('shortcut-file.print')).toContainText('Ctrl+P');
  await expect(sheet.getByTestId('shortcut-go.licences')).toContainText('Ctrl+2');
  await expectAccessible(page, 'shortcuts sheet');
  await screenshot(page, 'shortcuts-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();
  // Typing ? into a field types a question mark.
  await page.getByRole('textbox', { name: 'Your reference', exact: true }).fill('');
  await page.getByRole('textbox', { name: 'Your reference', exact: true }).pressSequentially('Q?');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppliers & documents' })).toBeVisible();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Licences' })).toBeVisible();

  await page.goto(`${host.origin}/#/licences/${licence.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'KEYS-1' })).toBeVisible();
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.keyboard.press('Control+P');
  await expect(page.getByTestId('print-document')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
  // On the preview itself, Ctrl+P prints again.
  await page.keyboard.press('Control+P');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(2);
});

test('reminders: the list the desktop app notifies, in the app, each kind one setting', async ({ app: page, host }) => {
  const due = await callHost<{ id: string }>(
    host,
    'licences.create',
    validDraft({ reference: 'DUE-FRIDAY', expectedImportDate: daysFromToday(4), expectedExportDate: daysFromToday(1) }),
  );
  await callHost(
    host,
    'licences.create',
    validDraft({ reference: 'DUE-LATER', expectedImportDate: daysFromToday(10), expectedExportDate: daysFromToday(3) }),
  );
  await page.reload();
  const button = page.getByRole('button', { name: 'Reminders, 2' });
  await expect(button).toBeVisible();
  await button.click();
  const list = page.getByRole('dialog', { name: 'Reminders' });
  await expect(list.getByTestId('notice-file-before-import')).toContainText(
    '2 licences to file before their import date',
  );
  await expect(list.getByRole('link', { name: 'DUE-FRIDAY' })).toBeVisible();
  await expectAccessible(page, 'reminders list');
  await screenshot(page, 'reminders-list');
  await list.getByRole('link', { name: 'DUE-FRIDAY' }).click();
  await expect(page).toHaveURL(new RegExp(`#/licences/${due.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'DUE-FRIDAY' })).toBeVisible();

  // Turned off in Settings: gone from the list (and from the desktop notifications, same procedure).
  await page.keyboard.press('Control+,');
  const card = page.getByRole('region', { name: 'Reminders' });
  await card.getByRole('checkbox', { name: 'Licences to file before their import date' }).click({ force: true });
  await card.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('button', { name: 'Reminders, none' })).toBeVisible();
});

test('a licence file dropped on the register opens its import preview', async ({ app: page }) => {
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Licences' })).toBeVisible();
  const { csv } = canonicalFile(2, 0, {
    expected_export_date: daysFromToday(3),
    expected_import_date: daysFromToday(20),
  });
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  const target = page.locator('.file-drop-target').first();
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 1, name: 'Import licences' })).toBeVisible();
  await expect(page.getByText('File: dropped.csv')).toBeVisible();
  await expect(page.getByRole('button', { name: /Import 1 licences as drafts/ })).toBeVisible();
  await screenshot(page, 'dropped-import-preview');
});
