import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { AppError, type HandlerInput } from '#shared/contract';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import { lineLabels } from '#shared/licences/field-labels';
import { emptyDraft, type Licence, type LicenceDraft } from '#shared/licences/licence-schema';
import { bundledReference } from '#shared/reference/reference-data';
import { defaultAppSettings } from '#shared/settings/app-settings';

import { storedLicence, validLine } from '../../../../tests/support/licence-fixtures';
import { renderScreen, type ScreenOptions } from '../../../../tests/support/renderer/render-screen';
import { LicenceForm } from './licence-form';
import { LicenceReadOnly } from './licence-read-only';
import type * as WatchedLine from './use-watched-line';
import { useWatchedLine } from './use-watched-line';

// Each render of a line (its editor and its evidence panel) reads the line through this hook: the
// same hook, counted, tells which lines a keystroke re-rendered.
vi.mock('./use-watched-line', async (importOriginal) => {
  const actual = await importOriginal<typeof WatchedLine>();
  return { ...actual, useWatchedLine: vi.fn(actual.useWatchedLine) };
});
const linesRendered = () => new Set(vi.mocked(useWatchedLine).mock.calls.map(([, index]) => index));

// The rules judge dates against today, so the licence's dates follow the calendar.
const inDays = (days: number) => localIsoDate(new Date(Date.now() + days * 86_400_000));
const draftLicence = (extra: Partial<Licence> = {}): Licence =>
  storedLicence(
    { expectedExportDate: inDays(5), expectedImportDate: inDays(25), certified: false },
    { status: 'draft', licenceNumber: null, validFrom: null, validThrough: null, version: 1, ...extra },
  );

/** The licence as the core returns it after an update: the draft's fields, the next version, ids on every line. */
const savedAs = (licence: Licence, draft: LicenceDraft): Licence => ({
  ...licence,
  ...draft,
  version: licence.version + 1,
  lines: draft.lines.map((line, i) => ({ ...line, id: line.id ?? `line-${i}` })),
});

function renderForm(licence: Licence | null, handlers: ScreenOptions['handlers'] = {}) {
  const onSaved = vi.fn<(licence: Licence, message: string) => void>();
  const screenResult = renderScreen(
    <LicenceForm
      licence={licence}
      startWith={emptyDraft()}
      kept={null}
      reference={bundledReference}
      settings={defaultAppSettings}
      onSaved={onSaved}
      onCreated={() => undefined}
      onCancel={() => undefined}
    />,
    // No supplier registered: the evidence rules stay silent and the product picker is empty. Autosave
    // keeps a working copy (no version) while the person types.
    {
      handlers: {
        'evidence.forLines': () => null,
        'products.list': () => [],
        'licences.keepEdit': () => ({ pending: true, savedAt: null }),
        // Leaving a changed form saves it (the test's end unmounts the form).
        ...(licence
          ? { 'licences.update': ({ draft }: HandlerInput<'licences.update'>) => savedAs(licence, draft) }
          : {}),
        ...handlers,
      },
    },
  );
  return { ...screenResult, onSaved };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });

describe('the licence form', () => {
  it('says beside the field what is wrong as it is typed, and clears it once corrected', async () => {
    const { user } = renderForm(draftLicence());
    const importerNumber = textbox('Importer number');
    await user.clear(importerNumber);
    await user.type(importerNumber, '12-34');
    await user.tab();
    const note = await screen.findByText(/It is optional: leave it empty if you do not have it\./, {
      selector: '[slot="errorMessage"] *, [slot="errorMessage"]',
    });
    expect(note.textContent).toMatch(/Importer number/);
    // The same problem is listed in the summary below the form, as a link to the field.
    expect(screen.getAllByText(/It is optional: leave it empty/).length).toBeGreaterThanOrEqual(2);

    await user.type(importerNumber, '56789');
    await user.tab();
    await waitFor(() => expect(screen.queryByText(/It is optional: leave it empty/)).toBeNull());
  });

  it('re-renders only the line typed in, and no line for a header field, while the checks keep up', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      ...validLine({ quantityKg: 1000 + i, valueUsd: 5000 + i }),
      id: `line-${i}`,
    }));
    // The supplier lists never arrive here: their arrival would re-render every line's evidence panel.
    const pending = () => new Promise<never>(() => undefined);
    const { user } = renderForm(draftLicence({ lines }), { 'products.list': pending, 'evidence.forLines': pending });
    const summary = screen.getByRole('region', { name: 'Check results' });
    const run = () => Number(summary.getAttribute('data-checked-revision'));
    const quantity = screen.getAllByRole('textbox', { name: (name) => name.startsWith(lineLabels.quantityKg) })[4]!;
    await waitFor(() => expect(run()).toBeGreaterThanOrEqual(1));

    vi.mocked(useWatchedLine).mockClear();
    let before = run();
    // A number is taken when the field is left (as a person does, by Tab).
    await user.type(quantity, '5');
    await user.tab();
    await waitFor(() => expect(run()).toBeGreaterThan(before));
    expect(linesRendered()).toEqual(new Set([4]));
    // The line's own derived figure follows what was typed.
    expect(screen.getByTestId('line-4-unit-value').textContent).not.toBe('—');

    vi.mocked(useWatchedLine).mockClear();
    before = run();
    await user.type(textbox('Exporter name'), 'x');
    await waitFor(() => expect(run()).toBeGreaterThan(before));
    expect(linesRendered()).toEqual(new Set());
  });

  it('numbers each run of the checks on the check results once shown (the UI benchmark times keystrokes by it)', async () => {
    const { user } = renderForm(draftLicence());
    const summary = screen.getByRole('region', { name: 'Check results' });
    const run = () => Number(summary.getAttribute('data-checked-revision'));
    const before = run();
    expect(before).toBeGreaterThanOrEqual(1);
    await user.type(textbox('Importer number'), '9');
    await waitFor(() => expect(run()).toBeGreaterThan(before));
  });

  it('saves a draft with what was typed and reports it saved', async () => {
    const licence = draftLicence();
    const { user, bridge, onSaved } = renderForm(licence, {
      'licences.update': ({ draft }: HandlerInput<'licences.update'>) => savedAs(licence, draft),
    });
    const reference = textbox('Your reference');
    await user.clear(reference);
    await user.paste('PO-2002');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [sent] = bridge.callsTo('licences.update');
    expect(sent).toMatchObject({ id: licence.id, version: 1 });
    expect(sent!.draft.reference).toBe('PO-2002');
    expect(sent!.draft.lines[0]!.htsCode).toBe(licence.lines[0]!.htsCode);
    expect(onSaved.mock.calls[0]![1]).toBe('Draft PO-2002 saved.');
  });

  it('will not mark a licence ready before the filer certifies it, and sends nothing', async () => {
    const { user, bridge, onSaved } = renderForm(draftLicence());
    await user.click(screen.getByRole('button', { name: 'Save and mark ready' }));
    expect(
      (await screen.findAllByText(/Certification is required: tick the box to certify/)).length,
    ).toBeGreaterThanOrEqual(1);
    // The focus goes to the box to tick.
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /I certify/ }));
    expect(bridge.calls.map((c) => c.method).filter((m) => m.startsWith('licences.'))).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps what was typed and shows the core’s refusal when the licence changed elsewhere', async () => {
    const { user, onSaved } = renderForm(draftLicence(), {
      'licences.update': () => {
        throw new AppError('CONFLICT', 'This licence was changed elsewhere since you opened it. Reload it.');
      },
    });
    const notes = textbox('Notes');
    await user.click(notes);
    await user.paste('Broker: call before filing');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This licence was changed elsewhere since you opened it. Reload it.');
    expect((notes as HTMLTextAreaElement).value).toBe('Broker: call before filing');
    expect(onSaved).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Save draft' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('saves, then says why it was not marked ready when the core refuses the step', async () => {
    const licence = draftLicence({ certified: true });
    const { user, bridge, onSaved } = renderForm(licence, {
      'licences.update': ({ draft }: HandlerInput<'licences.update'>) => savedAs(licence, draft),
      'licences.transition': ({ ids }: HandlerInput<'licences.transition'>) => ({
        changed: [],
        refused: [
          {
            id: ids[0]!,
            reference: licence.reference,
            code: 'RULES',
            message: 'HTS number 7606.12.30.35 is no longer in force.',
          },
        ],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Save and mark ready' }));

    // Among the alerts on screen (a notice from an earlier screen may still be up).
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Saved as a draft, but not marked ready: HTS number 7606.12.30.35 is no longer in force.',
      ),
    );
    expect(bridge.callsTo('licences.transition')).toEqual([{ ids: [licence.id], to: 'ready', note: '' }]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows an issued licence as a record to read: no fields to type in and no way to save it', () => {
    // The licence page shows a filed licence this way instead of the form.
    const licence = storedLicence();
    renderScreen(<LicenceReadOnly licence={licence} reference={bundledReference} rules={defaultAppSettings.rules} />);
    expect(screen.getByText(licence.importerName)).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    for (const name of ['Save draft', 'Save and mark ready']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByTestId('held-until')).toBeNull();
  });

  it('says a queued licence too early to file is held in the outbox until its first fileable day', () => {
    const importOn = new Date();
    importOn.setDate(importOn.getDate() + 90);
    const firstDay = new Date();
    firstDay.setDate(firstDay.getDate() + 30);
    const licence = storedLicence({ expectedImportDate: localIsoDate(importOn) }, { status: 'queued' });
    renderScreen(<LicenceReadOnly licence={licence} reference={bundledReference} rules={defaultAppSettings.rules} />);
    expect(screen.getByTestId('held-until').textContent).toBe(
      `Too early to file today: it is held in the outbox until ${displayDate(localIsoDate(firstDay))}, its first fileable day, and sent then. Nothing else is needed from you.`,
    );
    expect(screen.getByText(/withdraw it from the queue under Filing gateway first/)).toBeTruthy();
  });
});
