import { z } from 'zod';

/**
 * Stable error codes that cross every process boundary. The renderer, the CLI and the tests
 * branch on these, so a code is never renamed or reused for another meaning.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  /** The database is older than the folder's newest backup: its audit trail does not reach the head the backup recorded. */
  'DB_ROLLED_BACK',
  'UNREADABLE_FILE',
  'PAYLOAD_TOO_LARGE',
  'UNAVAILABLE',
  /** A step that removes a record still inside its keeping period, asked without the explicit confirmation. */
  'CONFIRMATION_REQUIRED',
  'INTERNAL',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One field-level problem, as shown beside a form field (path joined with dots). */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  rule: z.string().optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const errorPayloadSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z
    .object({
      issues: z.array(fieldIssueSchema).optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/**
 * The error every layer throws. It carries only strings and plain data so that it survives
 * structured clone (IPC) and JSON (HTTP) unchanged.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorPayload['details'];

  constructor(code: ErrorCode, message: string, details?: ErrorPayload['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.details);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
