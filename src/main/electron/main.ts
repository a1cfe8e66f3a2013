import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import started from 'electron-squirrel-startup';
import { AppError } from '../../shared/contract';
import { createCore, type Core } from '../core/create-core';
import { hostIpc } from './ipc-host';
import { registerAppScheme, serveRenderer } from './protocol';
import { guardWebContents, lockDownSession } from './security';
import { createMainWindow } from './window';

// Squirrel (Windows installer) starts the app during install; quit at once then.
if (started) app.quit();

const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const rendererDir = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);

// A separate data directory (tests, a second company) also gets its own Chromium profile and
// its own single-instance lock.
if (process.env.AIM_DATA_DIR) app.setPath('userData', path.resolve(process.env.AIM_DATA_DIR));

registerAppScheme();

let core: Core | undefined;

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function openCore(): Core | undefined {
  try {
    return createCore({ dataDir: app.getPath('userData'), host: 'electron', appVersion: app.getVersion() });
  } catch (error) {
    const message = error instanceof AppError ? error.message : `The data could not be opened: ${String(error)}`;
    dialog.showErrorBox('AIM Licences cannot open its data', message);
    return undefined;
  }
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database from two windows is how records get lost: hand over.
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  guardWebContents(devServerUrl);

  void app.whenReady().then(() => {
    core = openCore();
    if (!core) {
      app.quit();
      return;
    }
    lockDownSession(session.defaultSession, devServerUrl);
    serveRenderer(rendererDir);
    hostIpc(core, devServerUrl);
    createMainWindow(devServerUrl);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
