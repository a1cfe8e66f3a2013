import os from 'node:os';
import path from 'node:path';

import { app, BrowserWindow, dialog, session } from 'electron';
import started from 'electron-squirrel-startup';

import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import type { CredentialStore } from '#core/sync/credential-store';
import { AppError } from '#shared/contract';

import { type AppLog, createAppLog } from '../hosting/app-log';
import { installAppMenu } from './app-menu';
import { bringToFront, createCommandRunner, sendToWindow } from './desktop-commands';
import { hostDrops } from './drop-host';
import { createElectronFileDialogs } from './file-dialogs';
import { hostIpc } from './ipc-host';
import { startOsNotifications } from './os-notifications';
import { createPdfRenderer } from './print-to-pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSafeStorageCredentialStore } from './safe-storage-credential-store';
import { guardWebContents, lockDownSession } from './security';
import { appOrigin } from './trusted-origin';
import { createMainWindow } from './window';
import { windowStateFile } from './window-state';

// Squirrel (Windows installer) starts the app during install; quit at once then.
if (started) app.quit();

const devServerUrl: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const rendererDir = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);

// A separate data directory (tests, a second company) also gets its own Chromium profile and
// its own single-instance lock.
if (process.env.AIM_DATA_DIR) app.setPath('userData', path.resolve(process.env.AIM_DATA_DIR));

registerAppScheme();

let core: CoreSession | undefined;
let mainWindow: BrowserWindow | null = null;
const windowForCommands = () => BrowserWindow.getFocusedWindow() ?? mainWindow;

function focusExistingWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) bringToFront(mainWindow);
}

function openCore(credentials: CredentialStore, log: AppLog): CoreSession | undefined {
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
      logError: log.logError,
      fileDialogs: createElectronFileDialogs({ window: windowForCommands, documents: () => app.getPath('documents') }),
    });
  } catch (error) {
    log.logError(error, 'start');
    const message = error instanceof AppError ? error.message : `The data could not be opened: ${String(error)}`;
    dialog.showErrorBox('AIM Licences cannot open its data', message);
    return undefined;
  }
}

function openMainWindow(dataDir: string): BrowserWindow {
  mainWindow = createMainWindow(devServerUrl, windowStateFile(dataDir));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  return mainWindow;
}

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database from two windows is how records get lost: hand over.
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  guardWebContents(devServerUrl);

  void app.whenReady().then(async () => {
    const dataDir = app.getPath('userData');
    const log = createAppLog({ dataDir, name: 'desktop' });
    log.info(`AIM Licences ${app.getVersion()} starting (Electron ${process.versions.electron})`);
    // The gateway token is encrypted by the OS keychain and never leaves this process.
    core = openCore(await createSafeStorageCredentialStore(path.join(dataDir, 'secrets')), log);
    if (!core) {
      app.quit();
      return;
    }
    const session_ = core;
    lockDownSession(session.defaultSession, devServerUrl);
    serveRenderer(rendererDir);
    hostIpc(session_, devServerUrl);
    hostDrops(session_, devServerUrl);
    openMainWindow(dataDir);
    installAppMenu({
      platform: process.platform,
      development: devServerUrl !== undefined,
      appName: 'AIM Licences',
      run: createCommandRunner({
        dataDir,
        logDir: log.dir,
        window: windowForCommands,
        versions: () => ({
          'AIM Licences': app.getVersion(),
          Electron: process.versions.electron ?? '',
          Chromium: process.versions.chrome ?? '',
          Node: process.versions.node,
          'Operating system': `${os.type()} ${os.release()} (${process.arch})`,
        }),
      }),
    });
    // Reminders start once the window has loaded: clicking one needs a page to open the screen in.
    mainWindow?.webContents.once('did-finish-load', () =>
      startOsNotifications({
        session: session_,
        open: (route) => {
          const window = mainWindow ?? openMainWindow(dataDir);
          bringToFront(window);
          sendToWindow(window, 'app.navigate', { route });
        },
        onError: (error) => log.logError(error, 'notifications'),
      }),
    );
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow(dataDir);
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
