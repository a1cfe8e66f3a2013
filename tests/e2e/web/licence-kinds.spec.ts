import { localIsoDate, plusDays } from '../../../src/shared/dates/iso-date';
import { validDraft, validLine } from '../../support/licence-fixtures';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection } from './form-helpers';

// Entry numbers with their CBP check digit (CATAIR Appendix E).
const entries = ['B76-0324527-8', 'B76-0324528-6'] as const;

test('a low-value licence is used on two entries, each checked at the broker hand-off', async ({ app: page, host }) => {
  test.setTimeout(90_000);
  const today = localIsoDate(new Date());
  const call = <T>(method: string, input: unknown) => callHost<T>(host, method, input);
  const licence = await call<{ id: string }>(
    'licences.create',
    validDraft({
      reference: 'LV-2026-01',
      licenceKind: 'low-value',
      expectedExportDate: plusDays(today, 3),
      expectedImportDate: plusDays(today, 10),
      lines: [validLine({ quantityKg: 900, valueUsd: 3150 })],
    }),
  );
  await call('licences.transition', { ids: [licence.id], to: 'ready', note: '' });
  await call('sync.recordManual', { id: licence.id, licenceNumber: 'AL26LV0001' });

  await page.evaluate((id) => (window.location.hash = `#/licences/${id}`), licence.id);
  const steps = page.getByRole('group', { name: 'Next steps' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LV-2026-01');
  await expect(page.getByText('Low-value', { exact: true }).first()).toBeVisible();

  // First entry: the licence's own amounts, today's date of importation.
  await steps.getByRole('button', { name: 'Record the entry it was used on' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record the customs entry' });
  await expect(dialog).toContainText('A low-value licence can be recorded on many entries');
  await dialog.getByRole('textbox', { name: 'Entry number' }).fill(entries[0]);
  await screenshot(page, 'licence-record-entry');
  await expectAccessible(page, 'record an entry');
  await dialog.getByRole('button', { name: 'Record entry' }).click();
  await expect(page.getByText(`Entry ${entries[0]} recorded`)).toBeVisible();

  // Second entry on the same licence, with what that shipment carried.
  await steps.getByRole('button', { name: 'Record another entry' }).click();
  await dialog.getByRole('textbox', { name: 'Entry number' }).fill(entries[1]);
  await dialog.getByLabel('Line 1 value entered').fill('4,200');
  await dialog.getByRole('button', { name: 'Record entry' }).click();
  await expect(page.getByText(`Entry ${entries[1]} recorded`)).toBeVisible();

  const used = page.getByRole('region', { name: 'Used on 2 entries' });
  await expect(used.getByRole('row')).toHaveCount(3);
  await expect(used).toContainText(entries[0]);
  await expect(used).toContainText('$4,200.00');
  await expect(page.getByText('In use (reusable)').first()).toBeVisible();
  await expect(page.getByTestId('keep-until')).toContainText('five years from the date of entry (19 CFR 163.4)');
  await screenshot(page, 'licence-low-value-two-entries');
  await expectAccessible(page, 'low-value licence with two entries');

  // The broker hand-off of the second entry: the low-value licence with what that shipment entered.
  await openSection(page, 'Reports');
  await page.getByRole('button', { name: /Customs entry/ }).click();
  await page.getByRole('option', { name: new RegExp(`^${entries[1]}`) }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Entry ${entries[1]}: 1 HTS line on 1 licence, ready for the broker.` }),
  ).toBeVisible();
  const licences = page.getByRole('list', { name: 'Licences on this entry' });
  await expect(licences).toContainText('Low-value (reusable)');
  await expect(licences).toContainText('$4,200.00 of aluminum');
  await expect(page.getByTestId('handoff-import-date')).toContainText('Date of importation');
  await screenshot(page, 'reports-handoff-low-value');
});
