import path from 'node:path';

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

import { spellcheckIsLocal } from './spellcheck';
import { appOrigin } from './trusted-origin';
import { minimumWindowSize } from './window-bounds';
import { initialWindowState, rememberWindowState } from './window-state';

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
  spellcheck: spellcheckIsLocal(process.platform),
});

/** The one place a window is made, so every window of the app (the main one, the hidden print window) gets the secure preferences. */
export function secureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  return new BrowserWindow({ ...options, webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')) });
}

/**
 * The main window, where it was last time (`stateFile`: its remembered place; none in tests that
 * only look at its preferences).
 */
export function createMainWindow(devServerUrl: string | undefined, stateFile?: string): BrowserWindow {
  const state = stateFile ? initialWindowState(stateFile) : null;
  const window = secureWindow({
    ...(state ? state.bounds : { width: 1280, height: 860 }),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'AIM Licences',
    show: false,
    backgroundColor: '#f6f7f9',
  });
  window.once('ready-to-show', () => {
    if (state?.maximized) window.maximize();
    if (state?.fullScreen) window.setFullScreen(true);
    window.show();
  });
  if (stateFile) rememberWindowState(window, stateFile);
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return window;
}
