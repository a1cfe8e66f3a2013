import { useEffect, useEffectEvent } from 'react';

import type { CommandId } from '#shared/commands/app-commands';

/*
 * Which screen answers a command right now. A screen that gives a command a meaning (the licence
 * page's Print, the register's Export) registers a handler while it is shown; the newest one
 * wins. Without one, the command's default runs (go to the screen where it can be done).
 */
type Handler = () => void;
const handlers = new Map<CommandId, Handler[]>();

export function screenHandler(id: CommandId): Handler | undefined {
  return handlers.get(id)?.at(-1);
}

/** While this screen is shown, `id` runs `handler` (its latest version; no need to memoise it). */
export function useCommandHandler(id: CommandId, handler: Handler | null): void {
  const latest = useEffectEvent(() => handler?.());
  const active = handler !== null;
  useEffect(() => {
    if (!active) return;
    const run = () => latest();
    handlers.set(id, [...(handlers.get(id) ?? []), run]);
    return () => {
      handlers.set(
        id,
        (handlers.get(id) ?? []).filter((h) => h !== run),
      );
    };
  }, [id, active]);
}
