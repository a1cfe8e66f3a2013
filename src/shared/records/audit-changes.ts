/** One field that differs between an audit entry's before and after, as text for display. */
export interface FieldChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

const maxText = 200;
const maxDepth = 6;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves of a JSON value by dotted path (`lines.0.htsCode`). Deep or huge values stop at a summary. */
function flatten(value: unknown, prefix: string, depth: number, out: Map<string, string>): void {
  if ((isRecord(value) || Array.isArray(value)) && depth < maxDepth) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, child] of entries) flatten(child, prefix === '' ? key : `${prefix}.${key}`, depth + 1, out);
    return;
  }
  out.set(prefix, value === null || value === undefined ? '' : show(value));
}

/**
 * What an audit entry changed, field by field. Works on whatever JSON the entry holds (a licence,
 * a supplier, a settings document), so new kinds of record need nothing here. A creation lists
 * every field with no "before"; a deletion every field with no "after".
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (before !== null && before !== undefined) flatten(before, '', 0, a);
  if (after !== null && after !== undefined) flatten(after, '', 0, b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = a.has(path) ? a.get(path)! : null;
    const now = b.has(path) ? b.get(path)! : null;
    if (was !== now) changes.push({ path: path === '' ? '(value)' : path, before: was, after: now });
  }
  return changes;
}
