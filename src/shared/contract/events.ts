import { z } from 'zod';

/** Push events from the core to every window. Each name maps to the zod schema of its payload. */
export const eventSchemas = {
  'licences.changed': z.object({
    ids: z.array(z.string()),
    reason: z.enum(['created', 'updated', 'deleted', 'status', 'imported', 'revalidated']),
  }),
  'profile.changed': z.object({}),
  'settings.changed': z.object({}),
  'reference.changed': z.object({ version: z.string() }),
  'sync.status': z.object({
    state: z.enum(['idle', 'syncing', 'offline', 'paused', 'error']),
    pending: z.number().int(),
    failed: z.number().int(),
    lastSyncAt: z.string().nullable(),
    message: z.string(),
  }),
};
export type EventSchemas = typeof eventSchemas;
export type EventName = keyof EventSchemas & string;
export type EventPayload<E extends EventName> = z.infer<EventSchemas[E]>;
export const isEventName = (name: string): name is EventName => Object.hasOwn(eventSchemas, name);
