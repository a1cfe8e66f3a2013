import { expect } from 'vitest';

/** The error a promise was refused with, checked to be of the kind expected: the test fails if it resolves. */
export async function refusedWith<E extends Error>(
  run: Promise<unknown>,
  kind: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  return error as E;
}
