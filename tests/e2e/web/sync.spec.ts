import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { localIsoDate, plusDays } from '../../../src/shared/dates/iso-date';
import { validDraft, validLine } from '../../support/licence-fixtures';
import { callHost, projectRoot } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, typeInto } from './form-helpers';

/** Starts `npm run portal-sim` (the real simulator process) on a random port. */
async function startSimulator(): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src/main/portal-sim/main.ts'), '--port', '0'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulator did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

test('licences queued offline are filed when the portal is reachable, and the sync log shows every attempt', async ({
  app: page,
  host,
}) => {
  test.setTimeout(120_000);
  const today = localIsoDate(new Date());
  const dates = { expectedExportDate: plusDays(today, 8), expectedImportDate: plusDays(today, 18) };
  const call = <T>(method: string, input: unknown) => callHost<T>(host, method, input);
  const ids: string[] = [];
  for (const [i, reference] of ['PO-7001', 'PO-7002', 'PO-7003', 'PO-7004-LARGE'].entries()) {
    // The fourth is large enough for the portal to hold it for review; its number arrives later.
    const lines = i === 3 ? [validLine({ quantityKg: 1_600_000, valueUsd: 5_600_000 })] : [validLine()];
    ids.push((await call<{ id: string }>('licences.create', validDraft({ reference, ...dates, lines }))).id);
  }
  const byHand = await call<{ id: string }>('licences.create', validDraft({ reference: 'PO-7100-BYHAND', ...dates }));
  await call('licences.transition', { ids: [...ids, byHand.id], to: 'ready', note: '' });

  // Offline: no portal yet. Queue four licences from the sync view; they wait.
  await openSection(page, 'Filing gateway');
  await expect(page.getByTestId('sync-status-message')).toContainText("Enter your filing gateway's address");
  await page.getByRole('tab', { name: 'Ready to file' }).click();
  for (const reference of ['PO-7001', 'PO-7002', 'PO-7003', 'PO-7004-LARGE'])
    await page.getByRole('checkbox', { name: `Select ${reference}` }).press('Space');
  await page.getByRole('button', { name: 'Queue for sync (4)' }).click();
  await expect(page.getByText('4 queued for the portal')).toBeVisible();
  await page.getByRole('tab', { name: 'Queue' }).click();
  await expect(page.getByRole('table', { name: 'Sync queue' }).getByRole('row')).toHaveCount(5);
  await expect(page.getByTestId('outbox-PO-7001')).toContainText('Waiting');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('status')).toContainText('4 waiting');
  await screenshot(page, 'sync-queue-offline');
  await expectAccessible(page, 'sync queue');

  // The portal comes up: set its address, sign in, sync.
  const sim = await startSimulator();
  try {
    await page.getByRole('tab', { name: 'Connection' }).click();
    // The screen says plainly where it connects, and asks for no trade.gov password.
    await expect(page.getByTestId('gateway-statement')).toContainText(
      "files through a filing gateway of your organisation's choice",
    );
    await expect(page.getByTestId('gateway-statement')).toContainText('never asks for your trade.gov password');
    await expect(page.getByLabel('Gateway password')).toBeVisible();
    await expect(page.getByText(/portal user name/i)).toHaveCount(0);
    await screenshot(page, 'sync-connection-signed-out');
    await typeInto(page, 'Gateway address', sim.url);
    await page.getByRole('button', { name: 'Save gateway settings' }).click();
    await expect(page.getByText('Gateway settings saved')).toBeVisible();
    await typeInto(page, 'Gateway user name', 'filer@lakeside-al.example');
    await page.getByLabel('Gateway password').fill('portal-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Signed in as filer@lakeside-al.example').first()).toBeVisible();
    await expect(page.getByTestId('credential-protection')).toContainText('encrypted');
    await screenshot(page, 'sync-connection');
    await expectAccessible(page, 'sync connection');

    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByTestId('sync-status-message')).toContainText('Up to date with the portal', {
      timeout: 20_000,
    });
    await page.getByRole('tab', { name: 'Queue' }).click();
    await expect(page.getByText('Nothing is waiting for the portal.')).toBeVisible();

    // Every queued licence is issued with a number, the large one after the portal's review.
    const issued = await call<{ items: { reference: string; status: string; licenceNumber: string | null }[] }>(
      'licences.list',
      { statuses: ['issued'] },
    );
    expect(issued.items.map((l) => l.reference).sort()).toEqual(['PO-7001', 'PO-7002', 'PO-7003', 'PO-7004-LARGE']);
    for (const licence of issued.items) expect(licence.licenceNumber).toMatch(/^AL\d{9}$/);
    await openSection(page, 'Licences');
    const row = page.getByTestId('licence-row-PO-7004-LARGE');
    await expect(row).toContainText('Issued');
    await expect(row).toContainText(issued.items.find((l) => l.reference === 'PO-7004-LARGE')!.licenceNumber!);

    await openSection(page, 'Filing gateway');
    await page.getByRole('tab', { name: 'Sync log' }).click();
    const log = page.getByRole('table', { name: 'Sync log' });
    await expect(log).toContainText('Signed in to the portal as filer@lakeside-al.example');
    await expect(log).toContainText('4 sent; the portal answered.');
    await expect(log).toContainText(/updates? from the portal: (\d+ recorded here|\d+ already recorded)/);
    await screenshot(page, 'sync-log');
    await expectAccessible(page, 'sync log');
  } finally {
    await sim.stop();
  }

  // The manual path for the fifth licence: the portal's field order, then the number it issued.
  await page.getByRole('tab', { name: 'Ready to file' }).click();
  await page.getByRole('link', { name: 'File PO-7100-BYHAND by hand' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('File by hand: PO-7100-BYHAND');
  const shipment = page.getByRole('table', { name: 'Shipment' });
  await expect(shipment.getByRole('row', { name: /Country of Origin/ })).toContainText('Canada');
  await expect(
    page.getByRole('table', { name: 'Product 1' }).getByRole('row', { name: /most recently cast/ }),
  ).toContainText('Canada');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await shipment.getByRole('button', { name: 'Copy Importer Name' }).click();
  await expect(shipment.getByRole('button', { name: 'Copy Importer Name' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Lakeside Aluminum Imports LLC');
  await screenshot(page, 'sync-file-by-hand');
  await expectAccessible(page, 'file by hand');
  await typeInto(page, 'Licence number from the portal', 'al26m0000123');
  await page.getByRole('button', { name: 'Record licence number' }).click();
  await expect(page.getByText('Licence number AL26M0000123 recorded')).toBeVisible();
  const manual = await call<{ status: string; licenceNumber: string }>('licences.get', { id: byHand.id });
  expect(manual).toMatchObject({ status: 'issued', licenceNumber: 'AL26M0000123' });
});
