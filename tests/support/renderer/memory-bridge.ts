import { createDispatch } from '#core/dispatch';
import type { EventName, EventPayload, Handlers, ProcedureInput, ProcedureName } from '#shared/contract';
import type { Bridge } from '#shared/contract/bridge';

type Listener = (payload: unknown) => void;

class NotSupplied extends Error {
  constructor(method: string) {
    super(`${method} is not supplied by this test`);
  }
}

export interface MemoryBridge extends Bridge {
  /** Every call the screen made, in order, with its input as sent. */
  readonly calls: { method: ProcedureName; input: unknown }[];
  /** The inputs of the calls to one procedure. */
  callsTo<K extends ProcedureName>(method: K): ProcedureInput<K>[];
  /** Pushes an event to the screen, as the core does after a change. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** What went wrong in a test's bridge; the DOM project's setup fails the test with it (see renderer-setup.ts). */
const problems: string[] = [];

export function takeBridgeProblems(): string[] {
  return problems.splice(0);
}

/**
 * The screens' transport in a component test: the procedures the test supplies, behind the same
 * dispatcher the hosts use, so inputs are parsed with the contract's schemas (a screen that sends
 * something the core would refuse gets the same VALIDATION answer) and every answer is checked
 * against the contract's output schema (a test's canned answer cannot drift from the real shape).
 * A call to a procedure the test did not supply fails the test, naming the procedure.
 */
export function memoryBridge(handlers: Partial<Handlers>): MemoryBridge {
  const listeners = new Map<string, Set<Listener>>();
  const calls: { method: ProcedureName; input: unknown }[] = [];
  const supplied = new Proxy(handlers as Handlers, {
    get(target, method: string) {
      if (Object.hasOwn(target, method)) return target[method as ProcedureName];
      return () => {
        problems.push(`The screen called ${method}, which this test does not supply.`);
        throw new NotSupplied(method);
      };
    },
  });
  const dispatch = createDispatch(supplied, {
    checkOutputs: true,
    logError: (error, method) => {
      if (!(error instanceof NotSupplied)) problems.push(`${method} failed in the test bridge: ${String(error)}`);
    },
  });
  return {
    calls,
    callsTo: <K extends ProcedureName>(method: K) =>
      calls.filter((c) => c.method === method).map((c) => c.input as ProcedureInput<K>),
    async rpc(method, input) {
      calls.push({ method, input });
      // Structured clone, as over IPC: a screen never shares objects with the core.
      const result = await dispatch(method, structuredClone(input), { host: 'in-process' });
      return structuredClone(result) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
    emit(event, payload) {
      listeners.get(event)?.forEach((listener) => listener(payload));
    },
  };
}
