import { ZodError } from 'zod';

import {
  AppError,
  type CallContext,
  type FieldIssue,
  type Handlers,
  isProcedureName,
  procedureDef,
  type Result,
} from '#shared/contract';

export type Dispatch = (method: string, input: unknown, ctx: CallContext) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Check every reply against its output schema (on in tests and development). */
  readonly checkOutputs?: boolean;
  readonly logError?: (error: unknown, method: string) => void;
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    rule: issue.code,
  }));
}

function describeIssues(issues: FieldIssue[]): string {
  const first = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${first.join('; ')}${more}`;
}

/**
 * The one dispatcher every host uses: look the procedure up, parse the input with its zod
 * schema, call the handler, and turn whatever happens into the Result envelope. Nothing thrown
 * here ever reaches a transport as an exception, and no stack trace leaves the process.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error: unknown, method: string) => console.error(`[${method}]`, error));
  return async (method, input, ctx) => {
    if (typeof method !== 'string' || !isProcedureName(method)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `There is no procedure named "${String(method)}".` } };
    }
    const def = procedureDef(method);
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: `Invalid input for ${method}: ${describeIssues(issues)}`,
          details: { issues },
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.checkOutputs) def.output.parse(value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      if (error instanceof ZodError) {
        const issues = zodIssues(error);
        logError(error, method);
        return { ok: false, error: { code: 'VALIDATION', message: describeIssues(issues), details: { issues } } };
      }
      logError(error, method);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `Something went wrong in ${method}. Nothing was changed by the failed step; details are in the log.`,
        },
      };
    }
  };
}
