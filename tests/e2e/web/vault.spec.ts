import { validDraft } from '../../support/licence-fixtures';
import { filesContaining } from '../../support/vault-fixtures';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection } from './form-helpers';

const passphrase = 'copper lantern orchard';

test('a passphrase set in Settings locks the data until it is given again after a restart', async ({
  app: page,
  host,
}) => {
  test.setTimeout(120_000);
  await callHost(
    host,
    'licences.create',
    validDraft({ reference: 'PO-VAULT-1', importerName: 'Quillfeather Aluminum Imports LLC' }),
  );

  await openSection(page, 'Settings');
  const card = page.getByRole('region', { name: 'Protect the data with a passphrase' });
  await expect(card.getByTestId('protection-state')).toContainText('Not protected');
  await expect(card.getByRole('note')).toContainText('A lost passphrase means lost records.');

  // Too weak: the rule is said beside the field, and nothing happens.
  await card.getByLabel('New passphrase', { exact: true }).fill('aluminum');
  await card.getByLabel('Type it again').fill('aluminum');
  await card.getByText('I understand that if I lose this passphrase').click();
  await card.getByRole('button', { name: 'Protect the data' }).click();
  await expect(card.getByText(/too weak: use at least 12 characters, or 3 or more words/)).toBeVisible();
  // Long and varied enough, but common: zxcvbn's estimate refuses it, with its advice.
  await card.getByLabel('New passphrase', { exact: true }).fill('password1234');
  await card.getByLabel('Type it again').fill('password1234');
  await card.getByRole('button', { name: 'Protect the data' }).click();
  await expect(card.getByText(/too easy to guess: .*This is similar to a commonly used password/)).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'vault-settings-weak-passphrase');

  await card.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await card.getByLabel('Type it again').fill(passphrase);
  await card.getByRole('button', { name: 'Protect the data' }).click();
  await expect(page.getByText('The data folder is protected with your passphrase')).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId('protection-state')).toContainText('Protected');
  await expect(card.getByRole('heading', { name: 'Change the passphrase' })).toBeVisible();
  await card.getByLabel('Lock after this many minutes without use').fill('15');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The data locks after 15 minutes without use')).toBeVisible();
  await screenshot(page, 'vault-settings-protected');
  await expectAccessible(page, 'settings with protection on');
  // Nothing in the data folder (database, WAL, backups) shows the licence in plain text.
  expect(filesContaining(host.dataDir, 'Quillfeather')).toEqual([]);

  const restarted = await host.restart();
  await page.goto(await restarted.pageUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Your records are locked' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await screenshot(page, 'vault-lock-screen');
  await expectAccessible(page, 'lock screen');

  await page.getByLabel('Passphrase').fill('granite harbour whistle');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('unlock-error')).toContainText('That passphrase is not right.');
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await expect(page.getByLabel('Passphrase')).toHaveValue('');
  await screenshot(page, 'vault-lock-screen-wrong-passphrase');

  await page.getByLabel('Passphrase').fill(passphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: 20_000 });
  await openSection(page, 'Licences');
  const row = page.getByTestId('licence-row-PO-VAULT-1');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Quillfeather');

  // Lock now (the sidebar's button): back to the lock screen until the passphrase is given again.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your records are locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('licence-row-PO-VAULT-1')).toBeVisible({ timeout: 20_000 });

  // The same command from the keyboard (the desktop app's File menu carries it too).
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Your records are locked' })).toBeVisible();
});
