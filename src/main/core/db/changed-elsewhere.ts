import { AppError } from '#shared/contract';

export interface StaleCopy {
  /** What the person was editing, in their words: "licence", "supplier", "product", "document". */
  readonly what: string;
  readonly id: string;
  /** The version their copy was read at, and the version saved now. */
  readonly expected: number;
  readonly actual: number;
  /** What did not happen because of it (default: the edits were not saved). */
  readonly notDone?: string;
}

/**
 * The one refusal of a write made from a stale copy (optimistic concurrency: every editable row
 * carries a version). The screen shows the message and offers a reload; `details` lets a caller
 * tell which versions met.
 */
export function changedElsewhere({ what, id, expected, actual, notDone }: StaleCopy): AppError {
  return new AppError(
    'CONFLICT',
    `This ${what} was changed elsewhere since you opened it (your copy is version ${expected}, the saved one is ${actual}). Reload it to see the changes; ${notDone ?? 'your edits have not been saved'}.`,
    { id, expected, actual },
  );
}

/** Refuses the write unless the copy is current. */
export function assertCurrentVersion(copy: Omit<StaleCopy, 'actual'>, actual: number): void {
  if (copy.expected !== actual) throw changedElsewhere({ ...copy, actual });
}
