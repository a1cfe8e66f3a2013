import path from 'node:path';

import { type BrowserWindow, screen } from 'electron';

import { createJsonStateFile } from '#core/files/json-state-file';

import { type Rect, restoreBounds, type WindowState, windowStateSchema } from './window-bounds';

const saveDelayMs = 500;

export const windowStateFile = (dataDir: string) => path.join(dataDir, 'window-state.json');

/** The bounds and state to open the main window with, fitted to the screens there are now. */
export function initialWindowState(file: string): { bounds: Rect; maximized: boolean; fullScreen: boolean } {
  const saved = createJsonStateFile<WindowState | null>(file, windowStateSchema, null).read();
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = restoreBounds(saved, displays, screen.getPrimaryDisplay().workArea);
  return { bounds, maximized: saved?.maximized ?? false, fullScreen: saved?.fullScreen ?? false };
}

/**
 * Remembers the window's place as it changes (a moment after the last move, and on close). The
 * normal bounds are kept while it is maximised, so un-maximising after a restart goes back there.
 */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  const store = createJsonStateFile<WindowState | null>(file, windowStateSchema, null);
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    try {
      store.write({
        ...bounds,
        maximized: window.isMaximized(),
        fullScreen: window.isFullScreen(),
      });
    } catch {
      // A read-only data folder costs the remembered place, nothing else.
    }
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const)
    window.on(event as 'resize', later);
  window.on('close', save);
}
