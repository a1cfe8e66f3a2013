import type { ErrorPayload } from '#shared/contract';

/** One task sent to a worker, and its one answer. A worker runs one task at a time. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: string;
  readonly input: unknown;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: ErrorPayload };
