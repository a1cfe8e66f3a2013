import type { BackupSummary } from '../../../shared/contract/backups';

/** "2 Mar 2026, 15:04": a backup's time in the user's own zone and locale. */
export const backupTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const backupKindLabel = (b: BackupSummary): string =>
  b.kind === 'pre-migration'
    ? 'Before an upgrade (database only)'
    : b.reason === 'scheduled'
      ? 'Automatic'
      : 'Taken by hand';

/** The newest full backup whose database passed its integrity check when it was taken. */
export const latestGoodBackup = (backups: readonly BackupSummary[]): BackupSummary | undefined =>
  backups.find((b) => b.kind === 'full' && b.integrity === 'ok') ?? backups.find((b) => b.integrity !== 'failed');
