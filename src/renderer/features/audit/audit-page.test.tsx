import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppError, type HandlerInput } from '#shared/contract';
import type { AuditEntryView, AuditVerificationView } from '#shared/contract/audit';

import { renderScreen } from '../../../../tests/support/renderer/render-screen';
import { AuditPage } from './audit-page';

const hash = (n: number) => `${n}`.padStart(64, 'a');
const verified: AuditVerificationView = {
  ok: true,
  entries: 120,
  firstBadSeq: null,
  problem: null,
  head: { seq: 120, hash: 'c0ffee1234567890'.padEnd(64, '0') },
  anchor: { seq: 120, hash: 'c0ffee1234567890'.padEnd(64, '0'), at: '2026-03-02T15:00:00Z' },
  checkedAt: '2026-03-02T15:00:00Z',
};

function entry(seq: number, overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    seq,
    at: '2026-03-02T15:00:00Z',
    actor: 'Lakeside Aluminum Imports LLC <dana@lakeside-al.example>',
    entity: 'licence',
    entityId: `licence-${seq}`,
    action: 'update',
    before: { reference: `PO-${seq}`, exporterName: 'Northern Rolling Mills Inc.' },
    after: { reference: `PO-${seq}`, exporterName: 'Great Lakes Metals' },
    hash: hash(seq),
    ...overrides,
  };
}

/** 120 entries, newest first, filtered and paged as the core does. */
function auditList({ entity, offset, limit }: HandlerInput<'audit.list'>) {
  const all = Array.from({ length: 120 }, (_, i) =>
    entry(
      120 - i,
      i % 3 === 0 ? { entity: 'supplier', before: null, after: { name: `Mill ${i}` }, action: 'create' } : {},
    ),
  ).filter((e) => entity === '' || e.entity === entity);
  return { items: all.slice(offset, offset + limit), total: all.length };
}

describe('the audit trail page', () => {
  it('says the chain verified, with how many entries and the newest fingerprint', async () => {
    renderScreen(<AuditPage />, { handlers: { 'audit.verify': () => verified, 'audit.list': auditList } });
    const verdict = await screen.findByTestId('audit-verdict');
    expect(verdict.textContent).toMatch(/Chain verified\. 120 entries, none altered or removed\. Newest entry #120/);
    expect(within(verdict).getByText('c0ffee123456…').getAttribute('title')).toBe(verified.head!.hash);
  });

  it('says plainly when the chain does not verify, and which entry is the first affected', async () => {
    renderScreen(<AuditPage />, {
      handlers: {
        'audit.verify': () => ({ ...verified, ok: false, firstBadSeq: 57, problem: 'entry #57 was changed' }),
        'audit.list': auditList,
      },
    });
    const verdict = await screen.findByRole('alert');
    expect(verdict.textContent).toMatch(/does not verify: entry #57 was changed\. First entry affected: #57\./);
    expect(verdict.textContent).toMatch(/changed outside the app/);
  });

  it('pages through the entries, newest first, fifty at a time', async () => {
    const view = renderScreen(<AuditPage />, { handlers: { 'audit.verify': () => verified, 'audit.list': auditList } });
    expect(await screen.findByText('Entries 1–50 of 120')).toBeTruthy();
    expect(screen.getByTestId('audit-entry-120')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Newer' }).hasAttribute('disabled')).toBe(true);
    await view.user.click(screen.getByRole('button', { name: 'Older' }));
    await view.user.click(await screen.findByRole('button', { name: 'Older' }));
    expect(await screen.findByText('Entries 101–120 of 120')).toBeTruthy();
    expect(screen.getByTestId('audit-entry-1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Older' }).hasAttribute('disabled')).toBe(true);
    expect(view.bridge.callsTo('audit.list').map((q) => q.offset)).toEqual([0, 50, 100]);
  });

  it('opens an entry to show each field it changed, before and after', async () => {
    const view = renderScreen(<AuditPage />, { handlers: { 'audit.verify': () => verified, 'audit.list': auditList } });
    const row = await screen.findByTestId('audit-entry-119');
    expect(within(row).getByText('PO-119')).toBeTruthy();
    expect(within(row).getByText('Changed')).toBeTruthy();
    await view.user.click(within(row).getByRole('button', { name: 'Show 1 field' }));
    const changes = screen.getByRole('table', { name: 'Fields changed by entry 119' });
    const cells = within(changes)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(within(changes).getByRole('rowheader').textContent).toBe('exporterName');
    expect(cells).toEqual(['Northern Rolling Mills Inc.', 'Great Lakes Metals']);
  });

  it('shows one kind of record on request, from the first page', async () => {
    const view = renderScreen(<AuditPage />, { handlers: { 'audit.verify': () => verified, 'audit.list': auditList } });
    await view.user.click(await screen.findByRole('button', { name: 'Older' }));
    await screen.findByText('Entries 51–100 of 120');
    await view.user.click(screen.getByRole('button', { name: /All records/ }));
    await view.user.click(await screen.findByRole('option', { name: 'Supplier' }));
    expect(await screen.findByText('Entries 1–40 of 40')).toBeTruthy();
    expect(view.bridge.callsTo('audit.list').at(-1)).toEqual({ entity: 'supplier', offset: 0, limit: 50 });
    expect(screen.getAllByText('Created')).toHaveLength(40);
  });

  it('shows why the trail could not be read', async () => {
    renderScreen(<AuditPage />, {
      handlers: {
        'audit.verify': () => verified,
        'audit.list': () => {
          throw new AppError('INTERNAL', 'Something went wrong in audit.list. Nothing was changed by the failed step.');
        },
      },
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Something went wrong in audit\.list\./);
  });
});
