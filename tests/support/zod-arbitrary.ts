import fc from 'fast-check';
import type { z } from 'zod';

import { hostileValue } from './hostile-values';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Network-reaching strings (portal addresses) only ever point at a closed port on this machine. */
const loopbackUrl = fc.constantFrom('http://127.0.0.1:9/', 'http://localhost:9/portal', '');

function stringFor(schema: z.ZodType, key: string): fc.Arbitrary<string> {
  if (/url|address|portal/i.test(key)) return loopbackUrl;
  const s = schema as unknown as { minLength: number | null; maxLength: number | null };
  const max = Math.min(s.maxLength ?? 40, 40);
  const min = Math.min(s.minLength ?? 0, max);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.constantFrom('7606.12.30.35', 'CA', 'N/A', '2026-03-20', '3901', 'PO-1'),
  );
}

function numberFor(schema: z.ZodType): fc.Arbitrary<number> {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const min = Number.isFinite(n.minValue ?? Number.NaN) ? n.minValue! : -1000;
  const max = Number.isFinite(n.maxValue ?? Number.NaN) ? n.maxValue! : 1_000_000;
  return n.isInt
    ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) })
    : fc.double({ min, max, noNaN: true });
}

/**
 * An arbitrary for values that mostly satisfy a zod schema: right shape, plausible strings and
 * numbers within the declared bounds. Refinements (dates, codes, checksums) are not solved, so
 * many values still fail validation deep inside, which is where the interesting paths are.
 * Covers the schema kinds the contract uses; anything else gets arbitrary JSON.
 */
export function nearlyValid(schema: z.ZodType, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(undefined);
  const inner = (s: unknown, k = key) => nearlyValid(s as z.ZodType, k, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      return fc
        .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v, k)])), {
          requiredKeys: [] as never[],
        })
        .map((record) => {
          // Keys left undefined by fc.record are dropped, like a caller leaving them out.
          return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
        });
    }
    case 'string':
      return stringFor(schema, key);
    case 'number':
      return numberFor(schema);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(schema as unknown as { options: unknown[] }).options);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'optional':
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => inner(o)));
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => z.ZodType)());
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((i) => inner(i)));
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Replaces one value somewhere inside `value` (or adds a key) with something hostile. */
export function corrupt(value: unknown, hostile: unknown, pick: number): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((c, i) => walk(c, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
  };
  walk(value, []);
  const target = paths[pick % paths.length]!;
  if (target.length === 0) return hostile;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of target.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[target.at(-1)!] = hostile;
  return copy;
}

/** An input for a procedure: nearly valid, nearly valid with one hostile value inside, or hostile outright. */
export function procedureInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const base = nearlyValid(schema);
  return fc.oneof(
    { arbitrary: base, weight: 3 },
    { arbitrary: fc.tuple(base, hostileValue, fc.nat()).map(([v, h, n]) => corrupt(v, h, n)), weight: 4 },
    {
      arbitrary: fc
        .tuple(base, fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), hostileValue)
        .map(([v, key, h]) => {
          if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
          // defineProperty: an own key named __proto__, as JSON.parse would make it.
          return Object.defineProperty({ ...(v as object) }, key, {
            value: h,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }),
      weight: 2,
    },
    { arbitrary: hostileValue, weight: 2 },
  );
}
