import type { EventName, EventPayload, ProcedureInput, ProcedureName, ProcedureOutput, Result } from './index';

/**
 * What the Electron preload exposes on `window.aimBridge`, and all it exposes: a typed call
 * and a typed subscription. The web host's HTTP transport implements the same shape.
 */
export interface Bridge {
  rpc<K extends ProcedureName>(method: K, input: ProcedureInput<K>): Promise<Result<ProcedureOutput<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The IPC channel names, shared by the preload and the main-process host. */
export const ipcChannels = { rpc: 'aim:rpc', event: 'aim:event' } as const;
