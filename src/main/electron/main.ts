import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import started from 'electron-squirrel-startup';
import { AppError } from '../../shared/contract';
import { openCoreSession, type CoreSession } from '../core/recovery/core-session';
import type { CredentialStore } from '../core/sync/credential-store';
import { createSafeStorageCredentialStore } from './safe-storage-credential-store';
import { hostIpc } from './ipc-host';
import { createPdfRenderer } from './print-to-pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { guardWebContents, lockDownSession } from './security';
import { appOrigin } from './trusted-origin';
import { createMainWindow } from './window';

// Squirrel (Windows installer) starts the app during install; quit at once then.
if (started) app.quit();

const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const rendererDir = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);

// A separate data directory (tests, a second company) also gets its own Chromium profile and
// its own single-instance lock.
if (process.env.AIM_DATA_DIR) app.setPath('userData', path.resolve(process.env.AIM_DATA_DIR));

registerAppScheme();

let core: CoreSession | undefined;

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function openCore(credentials: CredentialStore): CoreSession | undefined {
  try {
    // A damaged or missing database opens the recovery screen, never a fresh, empty database.
    // Print views (licence summaries, the fallback form) become PDFs in a hidden window of the app.
    const pdfRenderer = createPdfRenderer(devServerUrl ?? `${appOrigin}/index.html`);
    return openCoreSession({
      dataDir: app.getPath('userData'),
      host: 'electron',
      appVersion: app.getVersion(),
      scheduleBackups: true,
      credentials,
      pdfRenderer,
    });
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

  void app.whenReady().then(async () => {
    // The portal token is encrypted by the OS keychain and never leaves this process.
    core = openCore(await createSafeStorageCredentialStore(path.join(app.getPath('userData'), 'secrets')));
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
  let closing = false;
  app.on('will-quit', (event) => {
    if (!core || closing) return;
    // Let a backup in progress finish and the database close cleanly before the process ends.
    event.preventDefault();
    closing = true;
    void core.close().finally(() => app.quit());
  });
}
