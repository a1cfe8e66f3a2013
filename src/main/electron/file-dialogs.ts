import path from 'node:path';

import { type BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';

import type { FileDialogs } from '#core/files/desktop-files';

/**
 * The system's open and save dialogs, as the core asks for them (title, filters, remembered
 * folder). Shown as sheets of the app's window where there is one. The core checks and grants
 * what comes back; nothing here touches a file.
 */
export function createElectronFileDialogs(deps: { window: () => BrowserWindow | null; documents: () => string }) {
  const dialogs: FileDialogs = {
    async open(request) {
      const options: OpenDialogOptions = {
        title: request.title,
        defaultPath: request.defaultPath ?? deps.documents(),
        filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: request.folder
          ? ['openDirectory']
          : request.multiple
            ? ['openFile', 'multiSelections']
            : ['openFile'],
      };
      const window = deps.window();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
    async save(request) {
      const options: SaveDialogOptions = {
        title: request.title,
        // A bare name (no folder remembered for this kind yet) starts in Documents.
        defaultPath: path.isAbsolute(request.defaultPath)
          ? request.defaultPath
          : path.join(deps.documents(), request.defaultPath),
        filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = deps.window();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
  return dialogs;
}
