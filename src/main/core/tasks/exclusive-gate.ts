import type { Dispatch } from '#core/dispatch';

/**
 * Some operations must not interleave with anything else (a change of the data protection
 * rewrites the database, every attachment and every backup), yet they report progress and let
 * the host breathe between their steps. While one runs, other calls wait at this gate and are
 * answered when it ends; the host itself (its event stream, its other connections) keeps going.
 */
export function createExclusiveGate(allowedWhileClosed: ReadonlySet<string> = new Set()) {
  let closed: Promise<void> | null = null;

  return {
    get closed(): boolean {
      return closed !== null;
    },
    /** Runs `work` with the gate closed. One at a time: a second caller waits for the first. */
    async run<T>(work: () => Promise<T>): Promise<T> {
      while (closed) await closed;
      let open!: () => void;
      closed = new Promise<void>((resolve) => (open = resolve));
      try {
        return await work();
      } finally {
        closed = null;
        open();
      }
    },
    /** A dispatcher whose calls wait while the gate is closed (except the allowed procedures). */
    guard(dispatch: Dispatch): Dispatch {
      return async (method, input, ctx) => {
        while (closed && !allowedWhileClosed.has(method)) await closed;
        return dispatch(method, input, ctx);
      };
    },
  };
}
export type ExclusiveGate = ReturnType<typeof createExclusiveGate>;
