import { app, type Session, shell, type WebContents } from 'electron';

import { devContentSecurityPolicy } from '../hosting/content-security-policy';
import { spellcheckIsLocal } from './spellcheck';
import { isAllowedExternalUrl, isTrustedRendererUrl } from './trusted-origin';

/**
 * Deny every permission (camera, web notifications, geolocation, …): the page needs none (the
 * app's reminders are OS notifications shown by the main process). Spelling is checked only where
 * the OS does it locally: nothing downloads dictionaries.
 */
export function lockDownSession(session: Session, devServerUrl?: string, platform = process.platform): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerEnabled(spellcheckIsLocal(platform));
  if (devServerUrl) {
    // Only under `forge start`: Vite's dev server sends no CSP of its own.
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devContentSecurityPolicy] },
      });
    });
  }
}

/** Navigation, new windows and <webview> are refused for every web contents the app creates. */
export function guardWebContents(devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Official references (trade.gov, CBP) open in the user's browser, never in the app.
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
