import { z } from 'zod';

import { AppError } from '#shared/contract';

/** A TEXT column holding JSON: read as text, parsed, then checked against `schema`. */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** SQLite has no booleans: 0 or 1 in an INTEGER column. */
export const sqliteBoolean = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

/**
 * Checks one row as read from SQLite against its table's schema, at the repository's edge, so the
 * rest of the core works with what the schema promises. A row that breaks it was written by
 * something other than this app (or damaged): the error names the table, the row and the column,
 * and the record is not used.
 */
export function readRow<S extends z.ZodType>(schema: S, row: unknown, table: string, key: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(row)'} ${issue.message}`)
    .join('; ');
  throw new AppError(
    'INTERNAL',
    `A stored ${table} row (${key}) cannot be read: ${problems}. The data file was changed outside the app or is damaged; restore it from a backup.`,
    { table, key },
  );
}
