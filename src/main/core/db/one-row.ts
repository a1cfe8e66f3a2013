/**
 * A lookup of at most one row: the prepared statement's row turned into the record it stores, or
 * null when there is none.
 */
export const oneOrNull =
  <P extends unknown[], R, T>(statement: { get(...params: P): R | undefined }, toRecord: (row: R) => T) =>
  (...params: P): T | null => {
    const row = statement.get(...params);
    return row === undefined ? null : toRecord(row);
  };
