import type { StoredBackup } from '#core/backups/backup-store';
import type { composeCore } from '#core/create-core';
import { convertStoredFiles } from '#core/vault/convert-files';
import { openNameKey } from '#core/vault/file-names';

/**
 * A backup whose attachments are named otherwise than the folder's (taken before keyed names,
 * or named with another key) has its restored files brought to the folder's names.
 */
export async function nameRestoredFiles(
  filesDir: string,
  { parts: opened }: ReturnType<typeof composeCore>,
  backup: StoredBackup,
) {
  const target = opened.keyring.target();
  if (!target) return null;
  const folderNames = opened.keyring.naming();
  const backupNames = backup.manifest?.fileNames ? openNameKey(backup.manifest.fileNames, opened.keyring.all()) : null;
  if (backupNames && folderNames && backupNames.equals(folderNames)) return null;
  return convertStoredFiles(
    filesDir,
    target,
    opened.keyring.all(),
    folderNames,
    () => {},
    backupNames ? [backupNames] : [],
  );
}
