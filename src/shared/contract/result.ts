import type { ErrorPayload } from './errors';

/** The reply envelope of every procedure, in every host. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
