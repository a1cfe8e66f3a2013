import { z } from 'zod';

import { commandIdSchema } from '#shared/commands/app-commands';
import { syncStatusSchema } from '#shared/sync/sync-model';

export const taskKinds = ['import', 'backup', 'restore', 'protection'] as const;

export const taskProgressSchema = z.object({
  taskId: z.string(),
  task: z.enum(taskKinds),
  /** What is being done now, in words for the person waiting ("Re-encrypting backups"). */
  step: z.string().max(200),
  /** Units of the step done so far, out of `total`; a `total` of 0 means the amount is not known. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  state: z.enum(['running', 'finished', 'failed']),
});
export type TaskProgress = z.infer<typeof taskProgressSchema>;

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
  /**
   * A long operation's progress: an import (reading, checking, writing), a backup, a restore, a
   * change of the data protection. Every event of one run carries its `taskId`; the last one
   * says whether it finished or failed.
   */
  'task.progress': taskProgressSchema,
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
