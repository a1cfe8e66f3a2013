import { z } from 'zod';
import { commandIdSchema } from '../commands/app-commands';
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
  /** Desktop app: a menu command for the page (go to a section, print, import…). */
  'app.command': z.object({ id: commandIdSchema }),
  /** Desktop app: open a screen (a clicked notification). Only the app's own hash routes. */
  'app.navigate': z.object({
    route: z
      .string()
      .regex(/^\/[A-Za-z0-9/_-]*$/)
      .max(200),
  }),
};
export type EventSchemas = typeof eventSchemas;
export type EventName = keyof EventSchemas & string;
export type EventPayload<E extends EventName> = z.infer<EventSchemas[E]>;
export const isEventName = (name: string): name is EventName => Object.hasOwn(eventSchemas, name);
