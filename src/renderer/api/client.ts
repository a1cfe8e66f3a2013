import {
  AppError,
  type EventName,
  type EventPayload,
  type ProcedureInput,
  type ProcedureName,
  type ProcedureOutput,
  type Result,
} from '#shared/contract';
import type { Bridge } from '#shared/contract/bridge';

/** The renderer's typed view of the core: `call` throws AppError, `callSafe` returns the Result. */
export interface Client {
  call<K extends ProcedureName>(method: K, input: ProcedureInput<K>): Promise<ProcedureOutput<K>>;
  callSafe<K extends ProcedureName>(method: K, input: ProcedureInput<K>): Promise<Result<ProcedureOutput<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  readonly host: 'electron' | 'web';
  /** The browser version only: a one-time address that opens the app in one more tab. */
  readonly newTabAddress?: () => Promise<string>;
  /** Desktop app: hands dropped File objects to the main process (see Bridge.grantDropped). */
  readonly grantDropped?: Bridge['grantDropped'];
}

export function createClient(
  bridge: Bridge,
  host: 'electron' | 'web',
  extras: Pick<Client, 'newTabAddress'> = {},
): Client {
  return {
    host,
    ...extras,
    async call(method, input) {
      const result = await bridge.rpc(method, input);
      if (!result.ok) throw AppError.fromPayload(result.error);
      return result.value;
    },
    callSafe: (method, input) => bridge.rpc(method, input),
    on: (event, listener) => bridge.on(event, listener),
    ...(bridge.grantDropped ? { grantDropped: bridge.grantDropped.bind(bridge) } : {}),
  };
}
