import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppError } from '#shared/contract';
import type { ComplianceReport, ProductCompliance } from '#shared/suppliers/compliance-schema';

import { renderScreen } from '../../../../tests/support/renderer/render-screen';
import { CompliancePage } from './compliance-page';

const product = (overrides: Partial<ProductCompliance>): ProductCompliance => ({
  productId: 'p-sheet',
  description: '5052 sheet, 1.5 mm',
  code: 'NRM-5052',
  htsCode: '7606123035',
  supplierId: 's-northern',
  supplierName: 'Northern Rolling Mills Inc.',
  state: 'ok',
  strength: 'direct',
  document: null,
  detail: 'Mill test certificate MTC-88 covers CA smelt and cast until 30 Jun 2026.',
  licences: [],
  ...overrides,
});

const report: ComplianceReport = {
  asOf: '2026-03-02',
  horizonDays: 30,
  horizonDate: '2026-04-01',
  counts: { missing: 1, expired: 0, mismatch: 1, expiring: 0, ok: 1 },
  products: [
    product({
      productId: 'p-foil',
      description: '1235 foil',
      state: 'missing',
      strength: 'none',
      detail: 'No document on file for this product.',
      licences: [{ id: 'l-1', reference: 'PO-1001', status: 'ready', expectedImportDate: '2026-03-20' }],
    }),
    product({
      productId: 'p-plate',
      description: '6061 plate',
      state: 'mismatch',
      strength: 'declaration',
      document: { id: 'd-9', type: 'supplier-declaration', reference: 'SD-9', validUntil: '2026-12-31' },
      detail: 'Supplier declaration SD-9 names AE as largest smelt country; the product says CA.',
    }),
    product({
      document: { id: 'd-1', type: 'mill-test-certificate', reference: 'MTC-88', validUntil: '2026-06-30' },
    }),
  ],
  documents: [
    {
      id: 'd-4',
      type: 'cast-house-certificate',
      reference: 'CH-4',
      validUntil: '2026-03-15',
      supplierId: 's-northern',
      supplierName: 'Northern Rolling Mills Inc.',
      state: 'expiring',
      licences: [],
    },
  ],
  suppliersWithoutProducts: [{ id: 's-gulf', name: 'Gulf Extrusions FZE' }],
  requests: [],
};

const handlers = { 'evidence.compliance': () => report };

describe('the compliance view', () => {
  it('counts supplier products by evidence state and lists each with what is on file', async () => {
    renderScreen(<CompliancePage />, { handlers });
    const tiles = await screen.findByRole('list', { name: 'Supplier products by evidence state' });
    expect(
      within(tiles)
        .getAllByRole('listitem')
        .map((t) => t.textContent),
    ).toEqual(['1No evidence', '0Expired', '1Documents disagree', '0Expiring soon', '1Covered']);
    const foil = screen.getByTestId('compliance-1235 foil');
    expect(foil.dataset.state).toBe('missing');
    expect(within(foil).getByText('No document on file for this product.')).toBeTruthy();
    expect(within(foil).getByRole('link', { name: 'PO-1001' }).getAttribute('href')).toBe('/licences/l-1');
    expect(within(screen.getByTestId('compliance-6061 plate')).getByText('Documents disagree')).toBeTruthy();
    expect(screen.getByText(/Compliance view as of 2 Mar 2026/)).toBeTruthy();
  });

  it('goes from a gap to the document form with the product chosen, and from a covered product to its document', async () => {
    const view = renderScreen(<CompliancePage />, { handlers });
    const add = await screen.findByRole('link', { name: 'Add a document for 1235 foil' });
    expect(add.getAttribute('href')).toBe('/suppliers/s-northern/documents/new/p-foil');
    expect(
      within(screen.getByTestId('compliance-5052 sheet, 1.5 mm'))
        .getByRole('link', { name: 'View document' })
        .getAttribute('href'),
    ).toBe('/suppliers/s-northern/documents/d-1');
    await view.user.click(add);
    expect(view.location()).toBe('/suppliers/s-northern/documents/new/p-foil');
  });

  it('lists documents lapsing before the horizon and suppliers that have no products yet', async () => {
    renderScreen(<CompliancePage />, { handlers });
    const lapsing = await screen.findByRole('region', { name: 'Documents expired or expiring by 1 Apr 2026' });
    expect(within(lapsing).getByRole('link', { name: 'Cast-house certificate CH-4' })).toBeTruthy();
    expect(within(lapsing).getByText(/valid until 15 Mar 2026/)).toBeTruthy();
    const empty = screen.getByRole('region', { name: 'Suppliers with no products registered' });
    expect(within(empty).getByRole('link', { name: 'Gulf Extrusions FZE' }).getAttribute('href')).toBe(
      '/suppliers/s-gulf',
    );
  });

  it('looks further ahead when asked, and reads the report again once the setting changed', async () => {
    let horizon = 30;
    const view = renderScreen(<CompliancePage />, {
      handlers: {
        'evidence.compliance': () => ({ ...report, horizonDays: horizon }),
        'evidence.saveSettings': (settings) => {
          horizon = settings.expiringHorizonDays;
          return settings;
        },
      },
    });
    const days = await screen.findByRole('textbox', { name: 'Expiring within (days)' });
    expect(screen.getByRole('button', { name: 'Apply' }).hasAttribute('disabled')).toBe(true);
    await view.user.clear(days);
    await view.user.type(days, '45');
    await view.user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Looking 45 days ahead for expiring documents')).toBeTruthy();
    expect(view.bridge.callsTo('evidence.saveSettings')).toEqual([{ expiringHorizonDays: 45 }]);
    const apply = screen.getByRole('button', { name: 'Apply' });
    expect(apply.hasAttribute('disabled')).toBe(false);
    // The core announces the change; the view reads the report again and 45 days is now the saved horizon.
    view.bridge.emit('evidence.changed', { reason: 'settings', supplierIds: [] });
    await waitFor(() => expect(view.bridge.callsTo('evidence.compliance')).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply' }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Expiring within (days)' }).value).toBe('45');
  });

  it('re-hashes the stored files on request and names each one that changed or went missing', async () => {
    const view = renderScreen(<CompliancePage />, {
      handlers: {
        ...handlers,
        'documents.verifyFiles': () => ({
          checked: 14,
          damaged: [
            {
              documentId: 'd-1',
              supplierId: 's-northern',
              fileId: 'f-1',
              fileName: 'MTC-88.pdf',
              supplierName: 'Northern Rolling Mills Inc.',
              expected: 'ab'.repeat(32),
              actual: null,
            },
          ],
        }),
      },
    });
    await view.user.click(await screen.findByRole('button', { name: 'Verify stored files' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/1 of 14 attached files no longer matches its recorded SHA-256/);
    expect(alert.textContent).toMatch(/MTC-88\.pdf \(it is missing from the store\)/);
  });

  it('shows why the report could not be made', async () => {
    renderScreen(<CompliancePage />, {
      handlers: {
        'evidence.compliance': () => {
          throw new AppError('UNAVAILABLE', 'The data folder is locked by another program.');
        },
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe('The data folder is locked by another program.');
  });

  it('says the horizon was not saved, and why, beside the setting', async () => {
    const view = renderScreen(<CompliancePage />, {
      handlers: {
        ...handlers,
        'evidence.saveSettings': () => {
          throw new AppError('UNAVAILABLE', 'The settings file is read-only.');
        },
      },
    });
    const days = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Expiring within (days)' });
    await view.user.clear(days);
    await view.user.type(days, '45');
    await view.user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: The settings file is read-only.');
    expect(days.value).toBe('45');
  });
});
