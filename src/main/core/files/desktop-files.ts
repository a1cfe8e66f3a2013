import fs from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import { replaceFileDurably } from '#core/vault/durable-write';
import { AppError, type Handlers, isAppError } from '#shared/contract';
import type { GrantedFiles } from '#shared/contract/files';
import {
  type FileFilter,
  type OpenKind,
  type OpenKindInfo,
  openKinds,
  type SaveKind,
  saveKinds,
} from '#shared/files/file-kinds';

import { checkGivenPath } from './check-path';
import { createFileGrants } from './file-grants';
import { createJsonStateFile } from './json-state-file';

export interface OpenDialogRequest {
  readonly kind: OpenKind;
  readonly title: string;
  readonly filters: readonly FileFilter[];
  readonly folder: boolean;
  readonly multiple: boolean;
  /** The folder last used for this kind, when it still exists. */
  readonly defaultPath?: string;
}

export interface SaveDialogRequest {
  readonly kind: SaveKind;
  readonly title: string;
  readonly filters: readonly FileFilter[];
  /** The suggested name, in the folder last used for this kind when there is one. */
  readonly defaultPath: string;
}

/** The host's system dialogs (the desktop app's); the browser version has none. */
export interface FileDialogs {
  /** The paths chosen; none when the dialog was cancelled. */
  open(request: OpenDialogRequest): Promise<string[]>;
  /** The path chosen; null when the dialog was cancelled. */
  save(request: SaveDialogRequest): Promise<string | null>;
}

/** Reads at most `max` bytes: a file that grew past its limit after it was checked is refused, not read whole. */
function readBounded(file: string, max: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) throw new AppError('VALIDATION', `"${path.basename(file)}" grew past the size accepted here.`);
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

const lastFoldersSchema = z.record(z.string(), z.string());

export type FilesHandlers = Pick<Handlers, 'files.choose' | 'files.read' | 'files.save'>;

/**
 * Files the user opens and saves through the desktop app's own dialogs. The main process reads
 * and writes the chosen paths; the page gets tokens and names, never a path it was not given.
 */
export function createDesktopFiles(deps: { paths: DataPaths; clock: Clock; dialogs?: FileDialogs }) {
  const { paths, dialogs } = deps;
  const grants = createFileGrants(() => deps.clock.now().getTime());
  const lastFolders = createJsonStateFile(path.join(paths.dataDir, 'last-folders.json'), lastFoldersSchema, {});

  const need = (): FileDialogs => {
    if (!dialogs)
      throw new AppError('UNAVAILABLE', "The browser version opens and saves files through the browser's own dialogs.");
    return dialogs;
  };
  const lastFolder = (kind: string): string | undefined => {
    const folder = lastFolders.read()[kind];
    return folder && fs.existsSync(folder) ? folder : undefined;
  };
  const remember = (kind: string, folder: string) => {
    try {
      lastFolders.write({ ...lastFolders.read(), [kind]: folder });
    } catch {
      // Remembering the folder is a convenience; a read-only data folder must not fail the save.
    }
  };

  /** Grants what the user gave, checking each path on its own. */
  function grantGiven(kind: OpenKind, given: readonly string[]): GrantedFiles {
    const result: GrantedFiles = { files: [], refused: [] };
    for (const candidate of given) {
      try {
        const checked = checkGivenPath(candidate, kind, paths);
        const token = grants.grant({ kind, ...checked });
        result.files.push({ token, name: checked.name, sizeBytes: checked.sizeBytes, folder: checked.folder });
      } catch (error) {
        if (!isAppError(error)) throw error;
        result.refused.push({ name: path.basename(String(candidate)) || 'item', reason: error.message });
      }
    }
    return result;
  }

  async function choose(kind: OpenKind, multiple: boolean): Promise<GrantedFiles> {
    const info: OpenKindInfo = openKinds[kind];
    const defaultPath = lastFolder(kind);
    const chosen = await need().open({
      kind,
      title: info.title,
      filters: info.filters,
      folder: info.folder,
      multiple: multiple && !info.folder,
      ...(defaultPath ? { defaultPath } : {}),
    });
    if (chosen.length > 0) remember(kind, path.dirname(chosen[0]!));
    return grantGiven(kind, chosen);
  }

  function read(token: string): { name: string; contentBase64: string } {
    const grant = grants.resolve(token);
    if (grant.folder) throw new AppError('VALIDATION', `"${grant.name}" is a folder, not a file.`);
    // Checked again: the file may have changed since it was chosen.
    const checked = checkGivenPath(grant.path, grant.kind, paths);
    return {
      name: grant.name,
      contentBase64: readBounded(checked.path, openKinds[grant.kind].maxBytes).toString('base64'),
    };
  }

  async function save(
    kind: SaveKind,
    fileName: string,
    content: { text: string } | { base64: string },
  ): Promise<{ saved: boolean; fileName: string }> {
    const info = saveKinds[kind];
    const folder = lastFolder(kind);
    const target = await need().save({
      kind,
      title: info.title,
      filters: info.filters,
      defaultPath: folder ? path.join(folder, fileName) : fileName,
    });
    if (target === null) return { saved: false, fileName };
    const resolvedTarget = path.resolve(target);
    const relative = path.relative(paths.dataDir, resolvedTarget);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      throw new AppError('VALIDATION', "Files cannot be saved into the app's own data folder; choose another folder.");
    }
    const bytes = 'text' in content ? new TextEncoder().encode(content.text) : Buffer.from(content.base64, 'base64');
    replaceFileDurably(resolvedTarget, bytes, path.dirname(resolvedTarget));
    remember(kind, path.dirname(resolvedTarget));
    return { saved: true, fileName: path.basename(resolvedTarget) };
  }

  const handlers: FilesHandlers = {
    'files.choose': ({ kind, multiple }) => choose(kind, multiple),
    'files.read': ({ token }) => read(token),
    'files.save': ({ kind, fileName, content }) => save(kind, fileName, content),
  };

  return {
    handlers,
    grantGiven,
    /** The folder behind a token granted as a backup folder. */
    folderOf(token: string): string {
      const grant = grants.resolve(token, ['backup-folder']);
      return checkGivenPath(grant.path, grant.kind, paths).path;
    },
  };
}
export type DesktopFiles = ReturnType<typeof createDesktopFiles>;
