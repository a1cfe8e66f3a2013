import type { Migration } from '#core/db/migration';

/**
 * Number 4 was taken by a step withdrawn before it shipped in this history. The number is never
 * reused: this no-op holds it, so `PRAGMA user_version` 4 means the same schema as 3 everywhere
 * and the list reads 1, 2, 3, … without a gap.
 */
export const withdrawn4: Migration = {
  version: 4,
  name: 'withdrawn before release (no change; the number is kept)',
  up() {},
};
