import type { CoreParts } from '#core/create-core';

/** What happened to the database, written into the restored (or new) database's own audit trail. */
export function recordRecovery(
  core: Pick<CoreParts, 'db' | 'audit' | 'trust'>,
  action: 'restore' | 'start-empty',
  details: { before: unknown; after: unknown },
): void {
  core.db.transaction(() =>
    core.audit.append({ entity: 'system', entityId: 'database', action, before: details.before, after: details.after }),
  )();
  core.trust.anchor.refresh();
}
