import { z } from 'zod';
import { syncStatusSchema } from '../sync/sync-model';

/** Push events from the core to every window. Each name maps to the zod schema of its payload. */
export const eventSchemas = {
  'licences.changed': z.object({
    ids: z.array(z.string()),
    reason: z.enum(['created', 'updated', 'deleted', 'status', 'imported', 'revalidated']),
  }),
  'profile.changed': z.object({}),
  /** Suppliers, products, documents, their files or declaration requests changed. */
  'evidence.changed': z.object({
    reason: z.enum(['suppliers', 'products', 'documents', 'files', 'requests', 'settings']),
    supplierIds: z.array(z.string()),
  }),
  'import.progress': z.object({
    importId: z.string(),
    phase: z.enum(['reading', 'checking']),
    done: z.number().int(),
    total: z.number().int(),
  }),
  'settings.changed': z.object({}),
  'reference.changed': z.object({ version: z.string() }),
  'backups.changed': z.object({ reason: z.enum(['created', 'schedule', 'restored']) }),
  'sync.status': syncStatusSchema,
  /** A protected data folder was locked (by "Lock now" or the idle lock) or unlocked. */
  'vault.changed': z.object({ state: z.enum(['off', 'locked', 'unlocked']) }),
};
export type EventSchemas = typeof eventSchemas;
export type EventName = keyof EventSchemas & string;
export type EventPayload<E extends EventName> = z.infer<EventSchemas[E]>;
export const isEventName = (name: string): name is EventName => Object.hasOwn(eventSchemas, name);
