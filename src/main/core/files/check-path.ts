import fs from 'node:fs';
import path from 'node:path';

import type { DataPaths } from '#core/data-dir';
import { AppError } from '#shared/contract';
import { acceptsName, type OpenKind, type OpenKindInfo, openKinds } from '#shared/files/file-kinds';
import { formatBytes } from '#shared/suppliers/attachment-rules';

export interface CheckedPath {
  readonly path: string;
  readonly name: string;
  readonly sizeBytes: number;
  readonly folder: boolean;
}

const inside = (parent: string, child: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Checks a path the user chose or dropped before the app touches it: absolute, really there
 * (links followed to what they point at), a file or a folder as the kind wants, of an accepted
 * type and size, and not the app's own data (its database, keys and stored files are reached
 * through the app, never as "a file the user gave"), except a backup folder kept in `backups/`.
 */
export function checkGivenPath(given: string, kind: OpenKind, paths: DataPaths): CheckedPath {
  const info: OpenKindInfo = openKinds[kind];
  const label = path.basename(given) || given;
  if (typeof given !== 'string' || given === '' || given.includes('\0') || !path.isAbsolute(given)) {
    throw new AppError('VALIDATION', 'The app was given something that is not a file on this computer.');
  }
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(given);
    stat = fs.statSync(real);
  } catch {
    throw new AppError('NOT_FOUND', `"${label}" cannot be found any more; it may have been moved or deleted.`);
  }
  const dataDir = fs.existsSync(paths.dataDir) ? fs.realpathSync(paths.dataDir) : paths.dataDir;
  const backupDir = fs.existsSync(paths.backupDir) ? fs.realpathSync(paths.backupDir) : paths.backupDir;
  const ownBackup = info.folder && inside(backupDir, real) && real !== backupDir;
  if (inside(dataDir, real) && !ownBackup) {
    throw new AppError('VALIDATION', `"${label}" is part of the app's own data folder and cannot be opened as a file.`);
  }
  if (info.folder) {
    if (!stat.isDirectory()) throw new AppError('VALIDATION', `"${label}" is a file; a folder is needed here.`);
    return { path: real, name: label, sizeBytes: 0, folder: true };
  }
  if (!stat.isFile()) throw new AppError('VALIDATION', `"${label}" is a folder; choose a file.`);
  if (!acceptsName(kind, label)) {
    const accepted = info.filters.flatMap((f) => f.extensions).join(', ');
    throw new AppError('VALIDATION', `"${label}" is not a file this accepts (${accepted}).`);
  }
  if (stat.size > info.maxBytes) {
    throw new AppError('VALIDATION', `"${label}" is larger than the ${formatBytes(info.maxBytes)} accepted here.`);
  }
  return { path: real, name: label, sizeBytes: stat.size, folder: false };
}
