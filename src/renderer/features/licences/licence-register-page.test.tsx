import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AppError, type HandlerInput } from '#shared/contract';
import type { LicenceSummary } from '#shared/contract/licences';

import { renderScreen } from '../../../../tests/support/renderer/render-screen';
import { LicenceRegisterPage } from './licence-register-page';

const summary = (n: number): LicenceSummary => ({
  id: `l-${n}`,
  reference: `PO-${n}`,
  licenceKind: 'regular',
  status: n % 2 === 0 ? 'draft' : 'ready',
  importerName: n % 3 === 0 ? 'Harbor Metals Co.' : 'Lakeside Aluminum Imports LLC',
  exporterName: 'Northern Rolling Mills Inc.',
  manufacturers: ['Northern Rolling Mills Inc.'],
  countryOfOrigin: 'CA',
  expectedImportDate: '2026-03-20',
  htsCodes: ['7606123035'],
  lineCount: 1,
  totalKg: 18_500,
  totalValueUsd: 64_750,
  licenceNumber: null,
  validFrom: null,
  validThrough: null,
  certified: false,
  validation: null,
  useCount: 0,
  lastEntryDate: null,
  keepUntil: null,
  updatedAt: '2026-03-02T10:00:00.000Z',
});

// Ten thousand licences behind the core's filters, as licences.list pages them.
const register = Array.from({ length: 10_000 }, (_, n) => summary(n));
const list = (query: HandlerInput<'licences.list'>) => {
  const matching = register.filter(
    (l) =>
      (query.statuses.length === 0 || query.statuses.includes(l.status)) &&
      (query.text === '' || `${l.reference} ${l.importerName}`.toLowerCase().includes(query.text.toLowerCase())),
  );
  return { items: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
};

// No licence has autosaved changes waiting (the register names them above the table when some do).
const noKeptEdits = () => [];

// happy-dom lays nothing out: the scroller is given the height it has on screen, so the list
// virtualises as it does there (about ten rows in view, plus the overscan).
const viewportHeight = 520;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('register-scroller') ? viewportHeight : 0;
  });
});
afterEach(() => vi.restoreAllMocks());

const table = () => screen.getByRole('table', { name: 'Licence register' });
const licenceRows = () => within(table()).queryAllByTestId(/^licence-row-/);

describe('the licence register', () => {
  it('shows 10,000 licences while only the rows in view exist, reading one page of 100', async () => {
    const { bridge } = renderScreen(<LicenceRegisterPage />, {
      handlers: { 'licences.list': list, 'licences.keptEdits': noKeptEdits },
    });
    expect(await screen.findByText('10,000 licences')).toBeTruthy();
    await waitFor(() => expect(licenceRows().length).toBeGreaterThan(5));
    expect(licenceRows().length).toBeLessThan(40);
    expect(licenceRows()[0]!.dataset.testid).toBe('licence-row-PO-0');
    expect(table().getAttribute('aria-rowcount')).toBe('10001');
    expect(bridge.callsTo('licences.list').map((q) => [q.offset, q.limit])).toEqual([[0, 100]]);
  });

  it('reads the page scrolled to, and shows its rows', async () => {
    const { bridge } = renderScreen(<LicenceRegisterPage />, {
      handlers: { 'licences.list': list, 'licences.keptEdits': noKeptEdits },
    });
    await screen.findByText('10,000 licences');
    const scroller = table().querySelector<HTMLElement>('.register-scroller')!;
    scroller.scrollTop = 5_000 * 52;
    fireEvent.scroll(scroller);
    expect(await within(table()).findByTestId('licence-row-PO-5000')).toBeTruthy();
    expect(bridge.callsTo('licences.list').some((q) => q.offset === 5_000)).toBe(true);
    expect(within(table()).queryByTestId('licence-row-PO-0')).toBeNull();
  });

  it("reads only where a fast drag comes to rest, and never shows another page's licences in place", async () => {
    const { bridge } = renderScreen(<LicenceRegisterPage />, {
      handlers: { 'licences.list': list, 'licences.keptEdits': noKeptEdits },
    });
    await screen.findByText('10,000 licences');
    const scroller = table().querySelector<HTMLElement>('.register-scroller')!;
    // Five screens a frame, as a drag of the scroll bar: rows 1,000, 2,000, 3,000, then rest at 4,000.
    for (const row of [1_000, 2_000, 3_000, 4_000]) {
      scroller.scrollTop = row * 52;
      fireEvent.scroll(scroller);
      await new Promise((resolve) => setTimeout(resolve, 10));
      // Rows not read yet say so; none shows a licence from elsewhere in the list.
      for (const shown of licenceRows()) {
        const n = Number(shown.dataset.testid!.replace('licence-row-PO-', ''));
        expect(Math.abs(n - row)).toBeLessThan(40);
      }
    }
    expect(await within(table()).findByTestId('licence-row-PO-4000')).toBeTruthy();
    const offsets = bridge.callsTo('licences.list').map((q) => q.offset ?? 0);
    expect(offsets).toContain(4_000);
    expect(offsets.filter((offset) => offset > 0 && offset < 3_900)).toEqual([]);

    // A wheel's small step reads at once.
    scroller.scrollTop = 4_100 * 52;
    fireEvent.scroll(scroller);
    expect(await within(table()).findByTestId('licence-row-PO-4100')).toBeTruthy();
  });

  it('searches and filters through the core, and says how many match', async () => {
    const { user, bridge } = renderScreen(<LicenceRegisterPage />, {
      handlers: { 'licences.list': list, 'licences.keptEdits': noKeptEdits },
    });
    await screen.findByText('10,000 licences');
    await user.click(screen.getByRole('searchbox'));
    await user.paste('harbor');
    expect(await screen.findByText('3,334 licences')).toBeTruthy();
    expect(bridge.callsTo('licences.list').at(-1)).toMatchObject({ text: 'harbor', statuses: [], offset: 0 });

    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Draft' }));
    expect(await screen.findByText('1,667 licences')).toBeTruthy();
    expect(bridge.callsTo('licences.list').at(-1)).toMatchObject({ text: 'harbor', statuses: ['draft'] });
    for (const row of licenceRows()) expect(within(row).getByText('Harbor Metals Co.')).toBeTruthy();
  });

  it('acts on the selected licences and says what happened', async () => {
    const { user, bridge } = renderScreen(<LicenceRegisterPage />, {
      handlers: {
        'licences.list': list,
        'licences.keptEdits': noKeptEdits,
        'licences.transition': ({ ids }: HandlerInput<'licences.transition'>) => ({
          changed: ids.slice(1),
          refused: [{ id: ids[0]!, reference: 'PO-0', code: 'RULES', message: 'PO-0 has 2 errors to fix.' }],
        }),
      },
    });
    await screen.findByText('10,000 licences');
    expect(screen.queryByRole('group', { name: 'Actions on selected licences' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Select PO-0' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select PO-2' }));
    expect(screen.getByText(/· 2 selected/)).toBeTruthy();
    expect(within(table()).getByTestId('licence-row-PO-2').getAttribute('aria-selected')).toBe('true');

    const actions = screen.getByRole('group', { name: 'Actions on selected licences' });
    await user.click(within(actions).getByRole('button', { name: 'More actions on the selected licences' }));
    // Copying is offered for exactly one licence.
    expect((await screen.findByRole('menuitem', { name: /Copy licence/ })).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('menuitem', { name: /Mark ready/ }));
    expect(bridge.callsTo('licences.transition')).toEqual([{ ids: ['l-0', 'l-2'], to: 'ready', note: '' }]);
    expect(await screen.findByText('1 licence marked ready to file')).toBeTruthy();
    expect(screen.getByText('1 not changed: PO-0 has 2 errors to fix.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected/)).toBeNull();
  });

  it('shows why an action on the selection failed, and clears it with the next one that works', async () => {
    let fail = true;
    const { user } = renderScreen(<LicenceRegisterPage />, {
      handlers: {
        'licences.list': list,
        'licences.keptEdits': noKeptEdits,
        'licences.validate': ({ ids }: HandlerInput<'licences.validate'>) => {
          if (fail) throw new AppError('UNAVAILABLE', 'The database is busy with a backup; try again in a moment.');
          const validation = { errors: 0, warnings: 0, dataVersion: 'bundled', asOf: '2026-03-02', validatedAt: '' };
          return ids.map((id) => ({
            id,
            reference: id,
            valid: true,
            issues: [],
            validation,
            status: 'draft' as const,
            certified: false,
          }));
        },
      },
    });
    // "Check again" sits in the selection's More menu.
    const checkAgain = async () => {
      await user.click(screen.getByRole('button', { name: 'More actions on the selected licences' }));
      await user.click(await screen.findByRole('menuitem', { name: /Check again/ }));
    };
    await screen.findByText('10,000 licences');
    await user.click(screen.getByRole('checkbox', { name: 'Select PO-3' }));
    await checkAgain();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The database is busy with a backup; try again in a moment.',
    );
    fail = false;
    await checkAgain();
    expect(await screen.findByText('Checked 1 licence')).toBeTruthy();
    expect(screen.queryByText('The database is busy with a backup; try again in a moment.')).toBeNull();
  });

  it('is worked by keyboard: arrows move, Space selects, Enter opens', async () => {
    const { user, location } = renderScreen(<LicenceRegisterPage />, {
      handlers: { 'licences.list': list, 'licences.keptEdits': noKeptEdits },
    });
    await screen.findByText('10,000 licences');
    const first = within(table()).getByTestId('licence-row-PO-0');
    first.focus();
    await user.keyboard('{ArrowDown}');
    const second = within(table()).getByTestId('licence-row-PO-1');
    await waitFor(() => expect(document.activeElement).toBe(second));
    await user.keyboard(' ');
    expect(second.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(location()).toBe('/licences/l-1');
  });

  it('shows why the register could not be read', async () => {
    renderScreen(<LicenceRegisterPage />, {
      handlers: {
        'licences.keptEdits': noKeptEdits,
        'licences.list': () => {
          throw new AppError('UNAVAILABLE', 'The database is locked by another copy of the app.');
        },
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe('The database is locked by another copy of the app.');
  });
});
