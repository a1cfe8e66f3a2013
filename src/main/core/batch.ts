/** Why one record of a batch was left as it was. */
export interface Refusal {
  id: string;
  reference: string;
  code: string;
  message: string;
}

/** What a batch did: the ids it changed and the ones it refused, each with why. */
export interface BatchOutcome {
  changed: string[];
  refused: Refusal[];
}

/**
 * Acts on each record a batch names, in the order given: `act` returns null when it changed the
 * record, or the refusal; an id with no record is refused as not found. Runs in the caller's
 * transaction.
 */
export function eachNamed<T>(
  ids: readonly string[],
  find: (id: string) => T | null | undefined,
  missing: (id: string) => string,
  act: (record: T) => Refusal | null,
): BatchOutcome {
  const outcome: BatchOutcome = { changed: [], refused: [] };
  for (const id of ids) {
    const record = find(id);
    const refusal = record ? act(record) : { id, reference: '', code: 'NOT_FOUND', message: missing(id) };
    if (refusal) outcome.refused.push(refusal);
    else outcome.changed.push(id);
  }
  return outcome;
}

export const noLicence = (id: string) => `No licence with id ${id} exists.`;
