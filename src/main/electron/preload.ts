import { contextBridge, ipcRenderer, type IpcRendererEvent, webUtils } from 'electron';

import type { EventName, Result } from '#shared/contract';
import type { Bridge } from '#shared/contract/bridge';
import type { GrantedFiles } from '#shared/contract/files';

// Sandboxed preload: only electron's renderer modules. Channel names are repeated here rather
// than imported so this bundle carries no code but these few lines.
const channels = { rpc: 'aim:rpc', event: 'aim:event', grantDropped: 'aim:grant-dropped' } as const;

/** The path behind a dropped File; '' for anything else (a File made by page code has none). */
function pathOf(file: unknown): string {
  try {
    // Throws for what is not a File.
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

/**
 * All the renderer can reach: a typed call, a typed subscription, and the hand-over of dropped
 * files. Never `ipcRenderer` itself, never Node, never a channel name chosen by page code, and
 * never a path: the paths of dropped files go from here straight to the main process, which
 * checks them and answers tokens.
 */
const bridge: Bridge = {
  rpc: (method, input) => ipcRenderer.invoke(channels.rpc, method, input) as Promise<Result<never>>,
  on: (event, listener) => {
    const handler = (_e: IpcRendererEvent, name: EventName, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(channels.event, handler);
    return () => {
      ipcRenderer.removeListener(channels.event, handler);
    };
  },
  grantDropped: (kind, files) =>
    ipcRenderer.invoke(
      channels.grantDropped,
      kind,
      Array.from(files, pathOf).filter((p) => p !== ''),
    ) as Promise<Result<GrantedFiles>>,
};

contextBridge.exposeInMainWorld('aimBridge', bridge);
