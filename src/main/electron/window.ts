import path from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { appOrigin } from './trusted-origin';

export const secureWebPreferences = (preload: string): Electron.WebPreferences => ({
  preload,
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: true,
});

/** The one place a window is made, so every window of the app (the main one, the hidden print window) gets the secure preferences. */
export function secureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  return new BrowserWindow({ ...options, webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')) });
}

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = secureWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'AIM Licences',
    show: false,
    backgroundColor: '#f6f7f9',
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return window;
}
