import { toCanonicalCsv } from '../../../src/main/core/imports/export-licences';
import { certificationStatement } from '../../../src/shared/licences/certification';
import type { Licence } from '../../../src/shared/licences/licence-schema';
import { daysFromToday, fileRow } from '../../support/licence-files';
import { validDraft } from '../../support/licence-fixtures';
import { filerProfile as profile } from '../../support/report-fixtures';
import { samplePdf } from '../../support/sample-files';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { openSection, tabTo } from './form-helpers';
import { printPdf, readPdf, waitForPrintReady } from './pdf-helpers';

type Host = { origin: string; secret: string };

/** A licence that passes every check today (dates a week and three weeks out). */
const fileableDraft = (reference: string) =>
  validDraft({ reference, expectedExportDate: daysFromToday(7), expectedImportDate: daysFromToday(21) });

/** A Canadian mill that makes and exports the metal. */
const addSupplier = (host: Host) =>
  callHost<{ id: string }>(host, 'suppliers.create', {
    name: 'Northern Rolling Mills Inc.',
    roles: ['manufacturer', 'exporter'],
    country: 'CA',
    address: '',
    contacts: [],
    notes: '',
  });

async function importFile(host: Host, refs: readonly string[]): Promise<string[]> {
  const csv = toCanonicalCsv(
    refs.map((ref) =>
      fileRow(ref, { expected_export_date: daysFromToday(7), expected_import_date: daysFromToday(21) }),
    ),
  );
  const preview = await callHost<{ importId: string }>(host, 'imports.preview', {
    fileName: 'licences.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
  });
  return (
    await callHost<{ created: string[] }>(host, 'imports.commit', { importId: preview.importId, skipInvalid: false })
  ).created;
}

const trailOf = async (host: Host, id: string) =>
  (
    await callHost<{ items: { action: string }[] }>(host, 'audit.list', {
      entity: 'licence',
      entityId: id,
      limit: 200,
    })
  ).items.map((e) => e.action);

test('a new licence starts from the profile, judges nothing until changed, and is kept when the person leaves', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'profile.save', profile);
  await openSection(page, 'Licences');
  await page.getByRole('button', { name: 'New licence' }).click();
  const form = page.getByRole('form', { name: 'New licence' });
  await expect(form.getByRole('textbox', { name: 'Importer name' })).toHaveValue(profile.company);
  await expect(form.getByRole('textbox', { name: 'Importer number' })).toHaveValue(profile.importerNumber);

  // Tabbing through the empty form from top to bottom marks nothing invalid; a summary says what is left.
  await form.getByRole('textbox', { name: 'Your reference' }).focus();
  await tabTo(page, page.getByRole('button', { name: 'Save draft' }), 120);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.getByTestId('issue-summary')).toContainText(/\d+ things left before it can be marked ready/);
  await expect(page.getByTestId('issue-summary')).toContainText('Still to fill in: Exporter name');
  await screenshot(page, 'licence-form-untouched');

  // A field that was changed is judged: typed, then emptied again.
  // (Found on the page: the form's name changes from "New licence" once it is saved.)
  const exporter = page.getByRole('textbox', { name: 'Exporter name' });
  await exporter.fill('Gulf');
  await exporter.fill('');
  await expect(page.locator('[slot="errorMessage"]').filter({ hasText: 'Exporter name is required' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Your reference' }).fill('AUTO-1');
  await exporter.fill('Gulf Extrusions FZE');
  // The first autosave creates the draft; the form stays as it is (the address now names the licence).
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', /saved|kept/);
  await expect(page).toHaveURL(/#\/licences\/[0-9a-f-]{36}$/);
  await expect(exporter).toBeFocused();
  const id = /#\/licences\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

  // Typed, then straight to another section before any pause: leaving saves the draft.
  await page.getByRole('textbox', { name: 'Notes' }).fill('Typed just before leaving');
  await openSection(page, 'Suppliers & documents');
  await openSection(page, 'Licences');
  await page.getByTestId('licence-row-AUTO-1').click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Typed just before leaving');
  await expect(page.getByRole('textbox', { name: 'Exporter name' })).toHaveValue('Gulf Extrusions FZE');
  // The trail records the creation and one change for the visit, not one per keystroke.
  expect(await trailOf(host, id)).toEqual(['update', 'create']);
});

test('a ready licence that is edited says saving returns it to draft, keeps its status when left, and asks before closing', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'profile.save', profile);
  const ready = await callHost<Licence>(host, 'licences.create', fileableDraft('READY-1'));
  await callHost(host, 'licences.transition', { ids: [ready.id], to: 'ready', note: '' });
  await page.goto(`${host.origin}/#/licences/${ready.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'READY-1' })).toBeVisible();
  await expect(page.getByTestId('issue-summary')).toContainText('No problems found');

  // Saving without a change changes nothing: still ready, no new history entry.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('No changes to save.')).toBeVisible();
  expect((await callHost<Licence>(host, 'licences.get', { id: ready.id })).status).toBe('ready');

  await page.getByRole('textbox', { name: 'Notes' }).fill('Second truck');
  await expect(page.getByTestId('returns-to-draft')).toContainText('Saving these changes returns it to draft');
  await expect(page.getByRole('button', { name: 'Save as draft' })).toBeVisible();
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'kept');

  // Closing the window while something typed is not autosaved yet: the browser asks first.
  await page.getByRole('textbox', { name: 'Notes' }).fill('Second truck, 40 t');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Second truck, 40 t');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-state', 'kept');

  // Leaving keeps the changes without touching the status; opening it again restores them and says so.
  await openSection(page, 'Licences');
  await expect(page.getByText(/changes to "READY-1" are kept, not saved/)).toBeVisible();
  await expect(page.getByTestId('licence-row-READY-1')).toContainText('Ready to file');
  await expect(page.getByTestId('kept-edits')).toContainText('READY-1');
  await page.getByTestId('licence-row-READY-1').click();
  await expect(page.getByTestId('restored-banner')).toContainText('Restored your unsaved changes');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Second truck, 40 t');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('Draft READY-1 saved (back to draft).')).toBeVisible();
  expect((await callHost<Licence>(host, 'licences.get', { id: ready.id })).status).toBe('draft');
});

test('four imported licences are certified, marked ready and queued in one batch', async ({ app: page, host }) => {
  await callHost(host, 'profile.save', profile);
  const ids = await importFile(host, ['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4']);
  await openSection(page, 'Licences');
  for (const ref of ['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4'])
    await page.getByTestId(`licence-row-${ref}`).getByRole('checkbox').check({ force: true });
  await page.getByRole('button', { name: 'Certify and file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Certify and file licences' });
  await expect(dialog.getByTestId('batch-review')).toContainText('Certify, mark ready');
  const go = dialog.getByRole('button', { name: /Certify and mark 4 ready/ });
  await expect(go).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /I certify that the information/ }).check({ force: true });
  await dialog.getByRole('checkbox', { name: /Then queue them for the portal/ }).check({ force: true });
  await screenshot(page, 'batch-filing-review');
  await expectAccessible(page, 'batch filing dialog');
  await dialog.getByRole('button', { name: 'Certify and mark 4 ready and queue' }).click();
  await expect(dialog.getByTestId('batch-progress')).toContainText('Finished 4 of 4 licences');
  for (const ref of ['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4'])
    await expect(dialog.getByTestId(`batch-row-${ref}`)).toContainText('Queued for the portal');
  await screenshot(page, 'batch-filing-done');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('licence-row-IMP-1')).toContainText('Queued for sync');

  for (const id of ids) {
    const licence = await callHost<Licence>(host, 'licences.get', { id });
    expect(licence).toMatchObject({
      status: 'queued',
      certified: true,
      certifiedBy: 'Dana Whitfield (dana@lakeside-al.example)',
    });
    expect(await trailOf(host, id)).toContain('certify');
  }
});

test('the register shows reference, status and licence number from 1024 px wide, and every header button at 800 px', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'profile.save', profile);
  const issued = await callHost<Licence>(host, 'licences.create', fileableDraft('PO-2026-0417'));
  await callHost(host, 'licences.transition', { ids: [issued.id], to: 'ready', note: '' });
  await callHost(host, 'sync.recordManual', { id: issued.id, licenceNumber: 'AL2026112233' });
  const [draftId] = await importFile(host, ['PO-2026-0418', 'PO-2026-0419']);

  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openSection(page, 'Licences');
    const row = page.getByTestId('licence-row-PO-2026-0417');
    for (const column of ['Reference / importer', 'Status', 'Licence no.'])
      await expect(page.getByRole('columnheader', { name: column, exact: true })).toBeInViewport({ ratio: 1 });
    await expect(row.locator('[data-column="licenceNumber"]')).toHaveText('AL2026112233');
    await expect(row.locator('[data-column="licenceNumber"]')).toBeInViewport({ ratio: 1 });
    await expect(row.locator('[data-column="status"]')).toHaveText('Issued');
    // The header's actions stay on one line.
    const actions = await page
      .locator('.page-actions .button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(actions).size).toBe(1);
    // So do the filters' first row: search, status, sort, more filters and columns.
    const filterBottoms = await page
      .locator('.register-filters-row')
      .first()
      .evaluate((row) =>
        [...row.children]
          .map((c) => c.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => Math.round(box.bottom)),
      );
    expect(filterBottoms).toHaveLength(5);
    expect(new Set(filterBottoms).size).toBe(1);
    await screenshot(page, `register-${width}`);
  }
  await expectAccessible(page, 'licence register');

  // 800 px (the web host in a narrow browser window): the actions move below the title, all on screen and usable.
  await page.setViewportSize({ width: 800, height: 700 });
  for (const name of ['New licence', 'Import CSV or XLSX', 'Export the licences shown'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Export the licences shown' }).click();
  await expect(page.getByRole('menuitem', { name: /Register \(CSV\)/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await screenshot(page, 'register-800');
  await page.goto(`${host.origin}/#/licences/${draftId}`);
  for (const name of ['Print summary', 'Fallback form', 'Copy licence', 'Delete'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await screenshot(page, 'licence-800');

  // No page scrolls sideways at 800 px: a wide table scrolls in its own box, its first column in view.
  const supplier = await addSupplier(host);
  for (const [route, shows] of [
    ['/', 'Dashboard'],
    [`/licences/${issued.id}`, 'AL2026112233'],
    ['/licences/new', 'Not saved yet'],
    ['/licences/import', 'Import'],
    ['/need-licence', 'licence'],
    ['/suppliers', 'Northern Rolling Mills Inc.'],
    ['/suppliers/compliance', 'Compliance'],
    [`/suppliers/${supplier.id}`, 'Northern Rolling Mills Inc.'],
    ['/sync', 'Filing gateway'],
    ['/reports', 'Reports'],
    ['/backups', 'Backups'],
    ['/audit', 'Audit trail'],
    ['/settings', 'HTS 2026 Revision 3'],
  ] as const) {
    await page.goto(`${host.origin}/#${route}`);
    await expect(page.locator('main').getByText(shows).first()).toBeVisible();
    const width = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect.soft(width, `${route} scrolls sideways`).toEqual([800, 800]);
  }
  await page.goto(`${host.origin}/#/suppliers`);
  const name = page.getByRole('link', { name: 'Northern Rolling Mills Inc.' });
  await name.locator('xpath=ancestor::div[contains(@class, "table-scroll")]').evaluate((box) => box.scrollBy(1000, 0));
  await expect(name).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('columnheader', { name: 'Waiting on' })).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'suppliers-800');
});

test('the PDF viewer opens in view', async ({ app: page, host }) => {
  const supplier = await addSupplier(host);
  const doc = await callHost<{ id: string }>(host, 'documents.create', {
    supplierId: supplier.id,
    type: 'mill-test-certificate',
    status: 'accepted',
    reference: 'MTC-2291',
    issueDate: daysFromToday(-10),
    validUntil: '',
    smeltLargest: 'CA',
    smeltSecond: 'N/A',
    cast: 'CA',
    productIds: [],
    htsCodes: [],
    quantityKg: null,
    periodFrom: '',
    periodTo: '',
    notes: '',
  });
  await callHost(host, 'documents.attachFile', {
    documentId: doc.id,
    fileName: 'MTC-2291.pdf',
    contentBase64: samplePdf().toString('base64'),
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${host.origin}/#/suppliers/${supplier.id}/documents/${doc.id}`);
  await page.getByRole('button', { name: 'Open MTC-2291.pdf' }).click();
  const viewer = page.locator('section.viewer');
  await expect(viewer).toBeFocused();
  await expect(viewer.getByRole('heading', { name: /MTC-2291\.pdf/ })).toBeInViewport({ ratio: 1 });
  await expect(viewer.getByTestId('file-integrity')).toBeInViewport();
});

test('certification from the form is recorded with who and when, and the one-line summary prints on one page', async ({
  app: page,
  host,
}) => {
  await callHost(host, 'profile.save', profile);
  const draft = await callHost<Licence>(host, 'licences.create', { ...fileableDraft('CERT-1'), certified: false });
  await page.goto(`${host.origin}/#/licences/${draft.id}`);
  await page.getByRole('checkbox', { name: certificationStatement }).check({ force: true });
  await page.getByRole('button', { name: 'Save and mark ready' }).click();
  await expect(page.getByText('Licence saved and marked ready to file.')).toBeVisible();
  await expect(page.getByTestId('certified-by')).toContainText('Certified by Dana Whitfield');

  // Its printed summary (one product line, a short trail) fits on one sheet of Letter.
  await page.getByRole('button', { name: 'Print summary' }).click();
  await waitForPrintReady(page);
  const { numPages, pages } = await readPdf(await printPdf(page));
  expect(numPages).toBe(1);
  expect(pages[0]).toContain('Certified by Dana Whitfield (dana@lakeside-al.example)');
});
