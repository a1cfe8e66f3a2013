import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../../shared/contract/bridge';
import type { EventName, Result } from '../../shared/contract';

// Sandboxed preload: only electron's renderer modules. Channel names are repeated here rather
// than imported so this bundle carries no code but these few lines.
const channels = { rpc: 'aim:rpc', event: 'aim:event' } as const;

/**
 * All the renderer can reach: a typed call and a typed subscription. Never `ipcRenderer`
 * itself, never Node, never a channel name chosen by page code.
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
};

contextBridge.exposeInMainWorld('aimBridge', bridge);
