import type { BackupSummary } from '#shared/contract/backups';
import { displayDateTime } from '#shared/dates/iso-date';

/** "2 Mar 2026, 3:04 PM": a backup's time in the user's own zone. */
export const backupTime = (iso: string): string => displayDateTime(iso);

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
