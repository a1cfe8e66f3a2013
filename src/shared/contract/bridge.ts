import type { OpenKind } from '#shared/files/file-kinds';

import type { GrantedFiles } from './files';
import type { EventName, EventPayload, ProcedureInput, ProcedureName, ProcedureOutput, Result } from './index';

/**
 * What the Electron preload exposes on `window.aimBridge`, and all it exposes: a typed call
 * and a typed subscription. The web host's HTTP transport implements the same shape.
 */
export interface Bridge {
  rpc<K extends ProcedureName>(method: K, input: ProcedureInput<K>): Promise<Result<ProcedureOutput<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Desktop app only: hands files the user dropped on the window to the main process, which
   * checks each one and answers tokens. `files` are the drop's File objects (a DOM type, which
   * this folder cannot name); the preload reads their paths, so the page never sees one.
   */
  grantDropped?(kind: OpenKind, files: readonly unknown[]): Promise<Result<GrantedFiles>>;
}

/** The IPC channel names, shared by the preload and the main-process host. */
export const ipcChannels = { rpc: 'aim:rpc', event: 'aim:event', grantDropped: 'aim:grant-dropped' } as const;
