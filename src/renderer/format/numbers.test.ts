import { describe, expect, it } from 'vitest';

import { backupSize, backupTime, latestGoodBackup } from '#renderer/features/backups/backup-format';
import { displayDate } from '#shared/dates/iso-date';

import { formatCount, formatKg, formatUsd } from './numbers';

describe('amounts as a U.S. filer reads them', () => {
  it('writes dollars with a thousands separator and cents, or whole dollars when asked', () => {
    expect(formatUsd(64750)).toBe('$64,750.00');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(3500.4, 0)).toBe('$3,500');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('writes kilograms with up to three decimals, and counts with separators', () => {
    expect(formatKg(18500)).toBe('18,500 kg');
    expect(formatKg(250.125)).toBe('250.125 kg');
    expect(formatKg(0.0004)).toBe('0 kg');
    expect(formatCount(100000)).toBe('100,000');
  });
});

describe('dates on screen', () => {
  it('shows ISO dates in the one display format and leaves anything else as typed', () => {
    expect(displayDate('2026-03-02')).toBe('2 Mar 2026');
    expect(displayDate('2026-12-31')).toBe('31 Dec 2026');
    expect(displayDate('02/03/2026')).toBe('02/03/2026');
    expect(displayDate('')).toBe('');
  });

  it('shows a backup time with day, month, year and minutes', () => {
    expect(backupTime('2026-03-02T15:04:00.000Z')).toMatch(/2026/);
    expect(backupTime('2026-03-02T15:04:00.000Z')).toMatch(/Mar/);
  });
});

describe('backup sizes and the backup to restore', () => {
  it('rounds small backups to whole kilobytes (at least 1) and large ones to a tenth of a megabyte', () => {
    expect(backupSize(10)).toBe('1 KB');
    expect(backupSize(700 * 1024)).toBe('700 KB');
    expect(backupSize(5.25 * 1024 * 1024)).toBe('5.3 MB');
  });

  it('offers the newest full backup that passed its check, else the newest not known to be damaged', () => {
    const base = {
      createdAt: '2026-03-02T15:04:00.000Z',
      reason: 'manual',
      appVersion: '0.1.0',
      schemaVersion: 7,
      databaseBytes: 1,
      files: 0,
      fileBytes: 0,
      licences: 0,
      auditEntries: 0,
    } as const;
    const damaged = { ...base, id: 'damaged', kind: 'full', integrity: 'failed' } as const;
    const upgrade = { ...base, id: 'upgrade', kind: 'pre-migration', integrity: 'unchecked' } as const;
    const good = { ...base, id: 'good', kind: 'full', integrity: 'ok' } as const;
    expect(latestGoodBackup([damaged, upgrade, good])?.id).toBe('good');
    expect(latestGoodBackup([damaged, upgrade])?.id).toBe('upgrade');
    expect(latestGoodBackup([damaged])).toBeUndefined();
  });
});
