import fs from 'node:fs';

import { type BrowserWindow, dialog, shell } from 'electron';

import { commandById, type CommandId } from '#shared/commands/app-commands';
import type { EventName, EventPayload } from '#shared/contract';
import { ipcChannels } from '#shared/contract/bridge';

export interface DesktopCommandDeps {
  readonly dataDir: string;
  readonly logDir: string;
  readonly versions: () => Record<string, string>;
  /** The window a command is for: the focused one, else the main window. */
  readonly window: () => BrowserWindow | null;
}

/** Sends one of the app's push events to one window (the one a menu command or notification is for). */
export function sendToWindow<E extends EventName>(window: BrowserWindow, event: E, payload: EventPayload<E>): void {
  if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, event, payload);
}

/** Brings the main window to the front (a notification was clicked, a second copy was started). */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * What a menu command does. The page's commands (go to a section, print, import…) are sent to
 * the window as `app.command`; the app's own (About, the data and log folders) are done here.
 */
export function createCommandRunner(deps: DesktopCommandDeps): (id: CommandId) => void {
  const own: Partial<Record<CommandId, (window: BrowserWindow | null) => void>> = {
    'help.about': (window) => {
      const versions = deps.versions();
      const detail = Object.entries(versions)
        .map(([name, version]) => `${name}: ${version}`)
        .join('\n');
      const options = {
        type: 'info' as const,
        title: 'About AIM Licences',
        message: `AIM Licences ${versions['AIM Licences'] ?? ''}`.trim(),
        detail: `${detail}\n\nData folder: ${deps.dataDir}`,
        buttons: ['OK'],
      };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
    'help.dataFolder': () => void shell.openPath(deps.dataDir),
    'help.logFolder': () => {
      fs.mkdirSync(deps.logDir, { recursive: true });
      void shell.openPath(deps.logDir);
    },
  };
  return (id) => {
    const window = deps.window();
    const command = commandById(id);
    if (command.runsIn === 'app') {
      own[id]?.(window);
      return;
    }
    if (!window) return;
    bringToFront(window);
    sendToWindow(window, 'app.command', { id });
  };
}
