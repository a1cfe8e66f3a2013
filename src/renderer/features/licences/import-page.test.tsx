import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppError, type HandlerInput } from '#shared/contract';
import type { ImportPreview } from '#shared/contract/imports';

import { renderScreen, type Screen } from '../../../../tests/support/renderer/render-screen';
import { ImportPage } from './import-page';

// A broker's export: its own column names, so the app cannot place them all by itself.
const headers = ['PO', 'Importer', 'Tariff', 'Kg', 'Origin'];
const brokerFile = () => new File(['PO;Importer;Tariff;Kg;Origin\nPO-7;Lakeside;7606.12.30.35;500;CA\n'], 'broker.csv');

const preview = (overrides: Partial<ImportPreview>): ImportPreview => ({
  importId: null,
  fileName: 'broker.csv',
  format: 'csv',
  headers,
  mapping: { importer_name: 'Importer' },
  canonical: false,
  missingColumns: ['licence_ref', 'hts_code'],
  rowCount: 1,
  licenceCount: 1,
  validCount: 0,
  errorCount: 0,
  warningCount: 0,
  dataVersion: 'bundled-2026-01',
  asOf: '2026-03-02',
  licences: [],
  ...overrides,
});

/** The core's preview: a mapping proposed for the file as chosen, then the rows checked with the person's mapping. */
const previewHandler = ({ mapping }: HandlerInput<'imports.preview'>) =>
  mapping
    ? preview({
        importId: 'imp-1',
        mapping,
        missingColumns: [],
        licenceCount: 2,
        rowCount: 3,
        validCount: 1,
        errorCount: 1,
        licences: [
          {
            ref: 'PO-8',
            rows: [3],
            lineCount: 1,
            valid: false,
            existing: false,
            facts: {
              exporterName: 'Northern Rolling Mills Inc.',
              countryOfOrigin: 'CA',
              expectedImportDate: '2026-03-20',
              htsCodes: ['7604'],
              totalKg: 18_500,
              totalValueUsd: 64_750,
            },
            values: { 'lines.0.htsCode': '7604' },
            issues: [
              {
                code: 'HTS_FORMAT',
                severity: 'error',
                path: 'lines.0.htsCode',
                message: 'Row 3: HTS number "7604" must be a 10-digit HTS statistical number, e.g. 7606.12.30.30.',
                source: 'HTSUS, chapter 76',
                row: 3,
              },
            ],
          },
        ],
      })
    : preview({});

async function chooseFile(view: Screen) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await view.user.upload(input, brokerFile());
}

const mappingFor = (label: RegExp) => screen.getByRole('button', { name: label });
async function mapColumn(view: Screen, label: RegExp, header: string) {
  await view.user.click(mappingFor(label));
  await view.user.click(await screen.findByRole('option', { name: header }));
}

describe('the import mapping screen', () => {
  it('asks which column holds each field, checks the file with that mapping, then imports the drafts', async () => {
    const view = renderScreen(<ImportPage />, {
      path: '/licences/import',
      handlers: {
        'imports.presets': () => [],
        'imports.preview': previewHandler,
        'imports.commit': () => ({ created: ['l-1'], skipped: 1 }),
      },
    });
    await chooseFile(view);
    const mapping = await screen.findByRole('region', { name: "Match the file's columns" });
    // The proposal is shown; a required field not yet placed keeps the check from running.
    expect(within(mapping).getByRole('button', { name: /Importer name/ }).textContent).toContain('Importer');
    const apply = within(mapping).getByRole('button', { name: 'Check the file with this mapping' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);

    await mapColumn(view, /Licence reference \(groups rows\) \(required\)$/, 'PO');
    await mapColumn(view, /HTS number \(required\)$/, 'Tariff');
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    await view.user.click(apply);

    const [first, second] = view.bridge.callsTo('imports.preview');
    expect(first!.mapping).toBeUndefined();
    expect(second!.mapping).toEqual({ importer_name: 'Importer', licence_ref: 'PO', hts_code: 'Tariff' });
    expect(second!.fileName).toBe('broker.csv');
    expect(atob(second!.contentBase64)).toContain('PO-7;Lakeside');

    expect(
      await screen.findByRole('heading', { name: /2 licences in 3 rows: 1 without errors, 1 with errors/ }),
    ).toBeTruthy();
    // The problem names its row and field and shows the value read from the file.
    const problem = screen.getByTestId('import-licence-PO-8').querySelector('[data-code="HTS_FORMAT"]')!;
    expect(problem.textContent).toMatch(/^errorRow 3, Product line 1: HTS number 7604: HTS number "7604" must be/);
    expect(problem.querySelector('.import-value')!.textContent).toBe('7604');
    expect(screen.queryByRole('region', { name: "Match the file's columns" })).toBeNull();

    await view.user.click(screen.getByRole('checkbox', { name: 'Leave out licences with errors' }));
    await view.user.click(screen.getByRole('button', { name: 'Import 1 licences as drafts' }));
    expect(view.bridge.callsTo('imports.commit')).toEqual([{ importId: 'imp-1', skipInvalid: true }]);
    expect(await screen.findByText('Imported 1 licences as drafts')).toBeTruthy();
    expect(screen.getByText('1 with errors were left out.')).toBeTruthy();
    expect(view.location()).toBe('/licences');
  });

  it('applies a saved mapping in one press and saves a new one under a name', async () => {
    const saved = { name: 'Broker XYZ', mapping: { licence_ref: 'PO', hts_code: 'Tariff', quantity_kg: 'Kg' } };
    const view = renderScreen(<ImportPage />, {
      handlers: {
        'imports.presets': () => [saved],
        'imports.preview': previewHandler,
        'imports.savePreset': (preset: HandlerInput<'imports.savePreset'>) => preset,
      },
    });
    await chooseFile(view);
    const mapping = await screen.findByRole('region', { name: "Match the file's columns" });
    await view.user.click(within(mapping).getByRole('button', { name: 'Use “Broker XYZ”' }));
    expect(within(mapping).getByRole('button', { name: /Quantity/ }).textContent).toContain('Kg');
    expect(
      (within(mapping).getByRole('button', { name: 'Check the file with this mapping' }) as HTMLButtonElement).disabled,
    ).toBe(false);

    const save = within(mapping).getByRole('button', { name: 'Save mapping' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await view.user.type(within(mapping).getByRole('textbox', { name: 'Preset name' }), 'Port agent');
    await view.user.click(save);
    await waitFor(() =>
      expect(view.bridge.callsTo('imports.savePreset')).toEqual([{ name: 'Port agent', mapping: saved.mapping }]),
    );
    expect(await screen.findByText('Mapping “Port agent” saved')).toBeTruthy();
  });

  it('says in one sentence why a file cannot be read, and shows no mapping', async () => {
    const view = renderScreen(<ImportPage />, {
      handlers: {
        'imports.presets': () => [],
        'imports.preview': () => {
          throw new AppError('UNREADABLE_FILE', 'broker.csv is not a CSV or XLSX file this app can read.');
        },
      },
    });
    await chooseFile(view);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'broker.csv is not a CSV or XLSX file this app can read.',
    );
    expect(screen.queryByRole('region', { name: "Match the file's columns" })).toBeNull();
    expect(screen.getByText('File: broker.csv')).toBeTruthy();
  });
});
