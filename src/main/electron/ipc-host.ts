import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';

import type { Core } from '#core/create-core';
import type { Result } from '#shared/contract';
import { ipcChannels } from '#shared/contract/bridge';

import { isTrustedRendererUrl } from './trusted-origin';

/**
 * The only IPC entry point. A message is dispatched only when it comes from the main frame of one
 * of our windows showing our own origin; the input is then parsed by the contract like any other.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isTrustedRendererUrl(frame.url, devServerUrl);
}

export function hostIpc(core: Pick<Core, 'dispatch' | 'events'>, devServerUrl?: string): () => void {
  ipcMain.handle(ipcChannels.rpc, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This window is not allowed to call the app.' } };
    }
    if (typeof method !== 'string') {
      return {
        ok: false,
        error: { code: 'NOT_FOUND', message: 'There is no such procedure: a procedure name is a string.' },
      };
    }
    return core.dispatch(method, input, { host: 'electron' });
  });
  const unsubscribe = core.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, event, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(ipcChannels.rpc);
    unsubscribe();
  };
}
