import type { OutboxRepository, OutboxRow } from './outbox-repository';
import type { Refusal } from './queue-service';

/** Visits the outbox entries a batch names, in the order given; an id with no entry is refused as not found. */
export function eachNamedEntry(
  outbox: Pick<OutboxRepository, 'get'>,
  ids: readonly string[],
  refused: Refusal[],
  visit: (row: OutboxRow) => void,
): void {
  for (const id of ids) {
    const row = outbox.get(id);
    if (row) visit(row);
    else refused.push({ id, reference: '', code: 'NOT_FOUND', message: `No outbox entry ${id} exists.` });
  }
}
