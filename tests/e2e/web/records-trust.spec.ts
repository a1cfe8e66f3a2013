import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { damageDatabase } from '../../support/damage-database';
import { validDraft } from '../../support/licence-fixtures';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection } from './form-helpers';

test('backups are taken on demand, listed and checked against their manifest', async ({ app: page, host }) => {
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-BACKUP-1' }));
  await openSection(page, 'Backups');
  await expect(page.getByText('No backups yet')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup taken', { exact: true })).toBeVisible();
  const row = page.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Taken by hand');
  await expect(row).toContainText('Checked when taken');
  await row.getByRole('button', { name: /^Check the backup taken/ }).click();
  await expect(row).toContainText('Verified just now');

  await page.getByRole('button', { name: 'Check database now' }).click();
  await expect(page.getByText(/The database passed the full integrity check/)).toBeVisible();
  await screenshot(page, 'backups-page');
  await expectAccessible(page, 'backups page');
});

test('the audit trail lists each change with its fields and reports an entry altered outside the app', async ({
  app: page,
  host,
}) => {
  const created = await callHost<{ id: string; version: number }>(
    host,
    'licences.create',
    validDraft({ reference: 'PO-AUDIT-1' }),
  );
  await callHost(host, 'licences.update', {
    id: created.id,
    version: created.version,
    draft: validDraft({ reference: 'PO-AUDIT-1', exporterName: 'Baltic Rolling AS' }),
  });

  await openSection(page, 'Audit trail');
  const verdict = page.getByTestId('audit-verdict');
  await expect(verdict).toHaveAttribute('data-ok', 'true');
  await expect(verdict).toContainText('Chain verified. 2 entries');
  const update = page.getByTestId('audit-entry-2');
  await expect(update).toContainText('Licence');
  await expect(update).toContainText('PO-AUDIT-1');
  await expect(update).toContainText('Changed');
  await update.getByRole('button', { name: /Show \d+ field/ }).click();
  const changes = page.getByRole('table', { name: 'Fields changed by entry 2' });
  const exporter = changes.getByRole('row', { name: /^exporterName/ });
  await expect(exporter).toContainText('Northern Rolling Mills Inc.');
  await expect(exporter).toContainText('Baltic Rolling AS');
  await screenshot(page, 'audit-trail');
  await expectAccessible(page, 'audit trail');

  // Someone edits the data file with another tool while the app runs.
  const db = new Database(path.join(host.dataDir, 'aim-licences.sqlite3'));
  db.pragma('busy_timeout = 5000');
  db.prepare("UPDATE audit_log SET after = replace(after, 'Baltic Rolling AS', 'Nobody') WHERE seq = 2").run();
  db.close();
  await page.getByRole('button', { name: 'Verify again' }).click();
  await expect(verdict).toHaveAttribute('data-ok', 'false');
  await expect(verdict).toContainText('entry 2 was altered after it was written');
  await screenshot(page, 'audit-trail-tampered');
});

test('a damaged database opens the recovery screen, which restores the latest good backup', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-KEPT-1' }));
  await callHost(host, 'backups.create', {});
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-AFTER-BACKUP' }));

  // Leave the page first, so its event stream is not cut mid-read, then stop the app and damage its file.
  await page.goto('about:blank');
  await host.stop();
  damageDatabase(path.join(host.dataDir, 'aim-licences.sqlite3'));
  const restarted = await host.restart();
  await page.goto(await restarted.pageUrl());

  await expect(page.getByRole('heading', { level: 1, name: 'Your data could not be opened' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  const options = page.getByRole('radio');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toBeChecked();
  await expect(page.getByText('Latest good backup')).toBeVisible();
  await screenshot(page, 'recovery-screen');
  await expectAccessible(page, 'recovery screen');

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText('Backup restored', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await openSection(page, 'Licences');
  await expect(page.getByTestId('licence-row-PO-KEPT-1')).toBeVisible();
  await expect(page.getByTestId('licence-row-PO-AFTER-BACKUP')).toHaveCount(0);

  await openSection(page, 'Audit trail');
  await expect(page.getByTestId('audit-verdict')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('audit-entry-2')).toContainText('Restored from a backup');
});

test('a database put back to an older backup is caught at start, and the newest backup brings the records back', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-OLD' }));
  const older = await callHost<{ id: string }>(host, 'backups.create', {});
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-NEWER' }));
  const newest = await callHost<{ id: string }>(host, 'backups.create', {});
  await callHost(host, 'licences.create', validDraft({ reference: 'PO-AFTER' }));

  // Issue 12's attack: the older backup's database copied over the live one, with an anchor to match.
  await page.goto('about:blank');
  await host.stop();
  const live = path.join(host.dataDir, 'aim-licences.sqlite3');
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${live}${suffix}`, { force: true });
  fs.copyFileSync(path.join(host.dataDir, 'backups', older.id, 'database.sqlite3'), live);
  const manifest = JSON.parse(
    fs.readFileSync(path.join(host.dataDir, 'backups', older.id, 'manifest.json'), 'utf8'),
  ) as { auditHead: { seq: number; hash: string }; createdAt: string };
  fs.writeFileSync(
    path.join(host.dataDir, 'audit-anchor.json'),
    JSON.stringify({ ...manifest.auditHead, at: manifest.createdAt }),
  );
  const restarted = await host.restart();
  await page.goto(await restarted.pageUrl());

  await expect(
    page.getByRole('heading', { level: 1, name: 'Your data is older than its newest backup' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText(`backup ${newest.id}`);
  await expect(page.getByRole('button', { name: 'Keep this older database…' })).toBeVisible();
  await screenshot(page, 'recovery-screen-rolled-back');
  await expectAccessible(page, 'recovery screen (rolled back)');

  await page.getByTestId(`backup-option-${newest.id}`).click();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText('Backup restored', { exact: true })).toBeVisible();
  await openSection(page, 'Licences');
  await expect(page.getByTestId('licence-row-PO-NEWER')).toBeVisible();
});
