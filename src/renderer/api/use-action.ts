import { useCallback, useMemo, useRef, useState } from 'react';

import { AppError, isAppError, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '#shared/contract';

import { useClient } from './client-context';

/** A write (or any call made on a person's request) with the state a screen shows while it runs. */
export interface Action<K extends ProcedureName> {
  /** Calls the procedure; resolves to its answer, or to `undefined` when it failed (see `error`). Never rejects. */
  run(input: ProcedureInput<K>): Promise<ProcedureOutput<K> | undefined>;
  readonly busy: boolean;
  /** The last failure, as data with a stable code; cleared by the next run or by `reset`. */
  readonly error: AppError | null;
  reset(): void;
}

/** Anything thrown on the way (a dropped connection, a bug) becomes an AppError the screen can show. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', `The request did not complete: ${message}`);
}

/**
 * The one way screens call the core for a change: `const save = useAction('licences.update')`,
 * then `await save.run(input)`, `save.busy` on the button and `<ErrorBanner message={save.error?.message} />`.
 * Related reads refresh through the core's push events (ClientProvider), not here.
 */
export function useAction<K extends ProcedureName>(method: K): Action<K> {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Overlapping runs: only the latest one's outcome is shown.
  const latest = useRef(0);
  const run = useCallback(
    async (input: ProcedureInput<K>) => {
      const ticket = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        return await client.call(method, input);
      } catch (caught) {
        if (ticket === latest.current) setError(toAppError(caught));
        return undefined;
      } finally {
        if (ticket === latest.current) setBusy(false);
      }
    },
    [client, method],
  );
  const reset = useCallback(() => setError(null), []);
  return useMemo(() => ({ run, busy, error, reset }), [run, busy, error, reset]);
}

/**
 * Several actions behind one ErrorBanner: `message` is the failure of the action started last,
 * because `start(action)` clears the others' before it runs (`start(save).run(input)`).
 */
export function oneBanner<A extends { readonly error: AppError | null; readonly busy: boolean; reset(): void }>(
  actions: readonly A[],
) {
  return {
    message: actions.find((action) => action.error)?.error?.message,
    busy: actions.some((action) => action.busy),
    start<T extends A>(action: T): T {
      for (const other of actions) if (other !== action) other.reset();
      return action;
    },
    reset() {
      for (const action of actions) action.reset();
    },
  };
}
