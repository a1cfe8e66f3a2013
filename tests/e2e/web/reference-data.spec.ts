import fs from 'node:fs';

import { cbpListFiles, mayChanges } from '../../support/cbp-port-list/cbp-port-list';
import { scheduleDRows, scheduleDText } from '../../support/census-schedule-d';
import { validDraft, validLine } from '../../support/licence-fixtures';
import { newLineUnder76042910, usitcFile, withoutRecords, withRecordsAfter } from '../../support/usitc-exports';
import { callHost } from '../../support/web-host-process';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { typeDate } from './form-helpers';

test('an HTS revision from USITC’s export is previewed, applied, re-checks open licences and is listed', async ({
  app: page,
  host,
}) => {
  // Two drafts the new revision judges differently: one uses a line it adds, one a line it drops.
  for (const [reference, htsCode] of [
    ['PO-NEW-LINE', '7604.29.10.50'],
    ['PO-DROPPED-LINE', '7601.10.60.45'],
  ] as const) {
    await callHost(
      host,
      'licences.create',
      validDraft({
        reference,
        expectedExportDate: '2026-12-05',
        expectedImportDate: '2026-12-10',
        lines: [validLine({ htsCode })],
      }),
    );
  }
  const revision5 = withRecordsAfter(withoutRecords(usitcFile('2026r3'), ['7601.10.60.45']), '7604.29.10.10', [
    newLineUnder76042910,
  ]);

  // The status line names the revision in force and, when it is old, says how to update.
  const status = page.getByTestId('reference-status');
  await expect(status).toContainText('Reference data as of 22 Feb 2026: HTS 2026 Revision 3 in force today.');
  const stale = status.getByRole('link', { name: /days old: import the current USITC revision/ });
  await expect(stale).toBeVisible();
  await stale.click();

  const card = page.locator('#reference-data');
  await expect(card.getByRole('heading', { name: 'Reference data' })).toBeVisible();
  await expect(card.getByTestId('reference-freshness')).toContainText(
    'Download the current revision from hts.usitc.gov',
  );
  // Two HTS revisions, the Census list and the CBP codes beyond it, all bundled.
  await expect(card.getByTestId('reference-row')).toHaveCount(4);
  await expect(
    card.getByTestId('reference-row').filter({ hasText: 'CBP port codes beyond the Census list' }),
  ).toContainText('In force today');

  await card.locator('input[type=file]').setInputFiles({
    name: 'hts_2026_revision_5_csv.csv',
    mimeType: 'text/csv',
    buffer: revision5,
  });
  await expect(card.getByRole('textbox', { name: 'Revision' })).toHaveValue('2026 Revision 5');
  await typeDate(page, 'Takes effect on', '2026-09-01');
  await card.getByRole('button', { name: 'Preview the changes' }).click();

  const preview = card.getByTestId('reference-preview');
  await expect(preview.getByRole('heading', { name: 'What HTS 2026 Revision 5 changes' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Lines added' })).toContainText('7604.29.10.50');
  await expect(preview.getByRole('region', { name: 'Lines removed' })).toContainText('7601.10.60.45');
  await expect(preview.getByTestId('reference-coverage')).toHaveText(
    '67 HTS lines need an AIM licence, as before (+7604.29.10.50, −7601.10.60.45).',
  );
  const impacts = preview.getByTestId('reference-impacts');
  await expect(impacts).toContainText('1 draft: 7604.29.10.50 is a line of HTS 2026 Revision 5 from 1 Sep 2026');
  await expect(impacts).toContainText(
    '1 draft: 7601.10.60.45 no longer exists from 1 Sep 2026; use 7601.10.60.40 or .90',
  );
  await expect(impacts.getByRole('link', { name: 'PO-DROPPED-LINE' })).toBeVisible();
  await screenshot(page, 'reference-preview');
  await expectAccessible(page, 'reference data preview');

  await preview.getByRole('button', { name: 'Add HTS 2026 Revision 5 and re-check open licences' }).click();
  const applied = card.getByTestId('reference-applied');
  await expect(applied).toContainText(
    'Added HTS 2026 Revision 5. 2 open licences checked again: 1 now valid, 1 now invalid.',
  );
  await expect(applied.getByRole('link', { name: 'PO-NEW-LINE' })).toBeVisible();
  await expect(applied).toContainText('PO-DROPPED-LINE is now invalid:');

  const imported = card.getByTestId('reference-row').filter({ hasText: 'HTS 2026 Revision 5' });
  await expect(imported).toContainText('Imported');
  await expect(imported).toContainText('In force today');
  await expect(imported).toContainText('hts_2026_revision_5_csv.csv');
  await expect(imported).toContainText(/SHA-256 [0-9a-f]{64}/);
  await expect(card.getByTestId('reference-freshness')).toContainText('HTS 2026 Revision 5 is in force today');
  await expect(status).toContainText('Reference data as of 1 Sep 2026: HTS 2026 Revision 5 in force today.');
  await expect(status.getByRole('link')).toHaveCount(0);
  await screenshot(page, 'reference-applied');

  // Removing it is previewed the same way.
  await imported.getByRole('button', { name: 'Remove HTS 2026 Revision 5' }).click();
  await expect(preview.getByRole('heading', { name: 'What removing HTS 2026 Revision 5 changes' })).toBeVisible();
  await expect(preview.getByTestId('reference-impacts')).toContainText(
    '1 draft: 7601.10.60.45 is a line of HTS 2026 Revision 3 again once HTS 2026 Revision 5 is removed',
  );
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);

  // The Census port list comes the same way: the file says when it was produced.
  const portRows = [...scheduleDRows(), { name: 'PAULSBORO, NJ', code: '1105', kind: 'Port' as const }];
  await card.locator('input[type=file]').setInputFiles({
    name: 'dist.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(scheduleDText(portRows, 'MAY26')),
  });
  await expect(card.getByText('— the Census Schedule D port list')).toBeVisible();
  await expect(card.getByRole('textbox', { name: 'Revision' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Preview the changes' }).click();
  await expect(preview.getByRole('heading', { name: 'What Census Schedule D, May 2026 changes' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Ports added' })).toContainText('1105');
  await preview.getByRole('button', { name: 'Add Census Schedule D, May 2026 and re-check open licences' }).click();
  await expect(applied).toContainText('Added Census Schedule D, May 2026.');
  await expect(card.getByTestId('reference-row').filter({ hasText: 'Census Schedule D, May 2026' })).toContainText(
    'In force today',
  );

  // And CBP's port code list, as CBP publishes it (a PDF): a draft using the code it adds is judged again.
  await callHost(
    host,
    'licences.create',
    validDraft({
      reference: 'PO-ELIZABETH',
      portOfEntry: mayChanges.added.code,
      expectedExportDate: '2026-12-05',
      expectedImportDate: '2026-12-10',
    }),
  );
  await card.locator('input[type=file]').setInputFiles({
    name: 'ace_appendix_e_schedule_d_may_4_2026.pdf',
    mimeType: 'application/pdf',
    buffer: fs.readFileSync(cbpListFiles.may2026),
  });
  await expect(card.getByText("— CBP's port code list (PDF)")).toBeVisible();
  await card.getByRole('button', { name: 'Preview the changes' }).click();
  await expect(preview.getByRole('heading', { name: 'What CBP port codes, 4 May 2026 changes' })).toBeVisible();
  await expect(preview).toContainText('CBP port code list (ACE Appendix E, PDF)');
  await expect(preview.getByRole('region', { name: 'Ports added' })).toContainText(mayChanges.added.name);
  await expect(preview.getByRole('region', { name: 'Ports removed' })).toContainText('4778');
  await expect(preview.getByTestId('reference-impacts')).toContainText(
    `1 draft: port 4603 is listed in CBP port codes, 4 May 2026 (${mayChanges.added.name})`,
  );
  await screenshot(page, 'reference-cbp-preview');
  await preview.getByRole('button', { name: 'Add CBP port codes, 4 May 2026 and re-check open licences' }).click();
  await expect(applied).toContainText('Added CBP port codes, 4 May 2026.');
  const cbpRow = card.getByTestId('reference-row').filter({ hasText: 'CBP port codes, 4 May 2026' });
  await expect(cbpRow).toContainText('In force today');
  await expect(cbpRow).toContainText('ace_appendix_e_schedule_d_may_4_2026.pdf');
  await screenshot(page, 'reference-settings-list');
});
