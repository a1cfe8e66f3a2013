import { z } from 'zod';

/** The input of a procedure that needs none: an empty object, and nothing else (unknown keys are refused). */
export const noInput = z.object({}).strict();

/** One procedure of the contract: what the caller sends and what it gets back. */
export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** Why a caller would use it; shown in generated protocol docs and error messages. */
  readonly summary: string;
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): ProcedureDef<I, O> {
  return { input, output, summary };
}

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/**
 * Joins the per-domain maps into one. A name claimed twice is a programming error, caught the
 * moment the module loads rather than by one map silently shadowing another.
 */
export function mergeMaps<M extends Record<string, unknown>[]>(...maps: M): UnionToIntersection<M[number]> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, def] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Contract name "${name}" is defined twice.`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<M[number]>;
}
