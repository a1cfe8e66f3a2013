import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppError } from '#shared/contract';
import type { BackupSummary } from '#shared/contract/backups';

import { renderScreen } from '../../../../tests/support/renderer/render-screen';
import { BackupList } from './backup-list';

const backup = (overrides: Partial<BackupSummary>): BackupSummary => ({
  id: 'b1',
  createdAt: '2026-03-02T15:04:00.000Z',
  kind: 'full',
  reason: 'manual',
  appVersion: '0.1.0',
  schemaVersion: 7,
  databaseBytes: 3 * 1024 * 1024,
  files: 12,
  fileBytes: 1024 * 1024,
  licences: 1250,
  auditEntries: 300,
  integrity: 'ok',
  ...overrides,
});

const backups = [
  backup({ id: 'newest' }),
  backup({ id: 'auto', reason: 'scheduled', integrity: 'unchecked', licences: 10, files: 0, fileBytes: 0 }),
  backup({ id: 'upgrade', kind: 'pre-migration', reason: 'migration', integrity: 'failed', licences: null }),
];

describe('the backup list', () => {
  it('says there are none yet, and how to get one', () => {
    renderScreen(<BackupList backups={[]} />);
    expect(screen.getByText(/No backups yet\. Take one now/)).toBeTruthy();
  });

  it('shows each backup: how it was taken, its counts, size and what its check said', () => {
    renderScreen(<BackupList backups={backups} />);
    const rows = screen.getAllByTestId('backup-row');
    expect(rows).toHaveLength(3);
    const first = within(rows[0]!);
    expect(first.getByText('Taken by hand')).toBeTruthy();
    expect(first.getByText('1,250')).toBeTruthy();
    expect(first.getByText('4.0 MB')).toBeTruthy();
    expect(first.getByText('Checked when taken')).toBeTruthy();
    expect(within(rows[1]!).getByText('Automatic')).toBeTruthy();
    expect(within(rows[1]!).getByText('Not checked yet')).toBeTruthy();
    expect(within(rows[2]!).getByText('Before an upgrade (database only)')).toBeTruthy();
    expect(within(rows[2]!).getByText('—')).toBeTruthy();
    expect(within(rows[2]!).getByText('Damaged when taken')).toBeTruthy();
  });

  it('re-checks one backup on request and shows the verdict on its row', async () => {
    const view = renderScreen(<BackupList backups={backups} />, {
      handlers: {
        'backups.verify': ({ id }) =>
          id === 'auto'
            ? {
                id,
                ok: false,
                problems: ['files/ab/ab12… does not match its manifest'],
                checkedAt: '2026-03-02T16:00:00Z',
              }
            : { id, ok: true, problems: [], checkedAt: '2026-03-02T16:00:00Z' },
      },
    });
    const [newest, auto] = screen.getAllByTestId('backup-row');
    await view.user.click(within(newest!).getByRole('button', { name: /Check the backup taken/ }));
    expect(await within(newest!).findByText('Verified just now')).toBeTruthy();
    await view.user.click(within(auto!).getByRole('button', { name: /Check the backup taken/ }));
    expect(await within(auto!).findByText('Failed: files/ab/ab12… does not match its manifest')).toBeTruthy();
    expect(view.bridge.callsTo('backups.verify')).toEqual([{ id: 'newest' }, { id: 'auto' }]);
  });

  it('shows why a check could not run, in the error banner', async () => {
    const view = renderScreen(<BackupList backups={backups} />, {
      handlers: {
        'backups.verify': () => {
          throw new AppError('NOT_FOUND', 'That backup is no longer in the backups folder.');
        },
      },
    });
    await view.user.click(screen.getAllByRole('button', { name: /Check the backup taken/ })[0]!);
    expect((await screen.findByRole('alert')).textContent).toBe('That backup is no longer in the backups folder.');
    expect(screen.getAllByRole('button', { name: /Check the backup taken/ })[0]!.hasAttribute('disabled')).toBe(false);
  });
});
