import { z } from 'zod';
import { errorPayloadSchema, type ErrorPayload } from './errors';

/** The reply envelope of every procedure, in every host. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const failureSchema = z.object({ ok: z.literal(false), error: errorPayloadSchema });

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), failureSchema]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorPayload): Result<never> => ({ ok: false, error });
