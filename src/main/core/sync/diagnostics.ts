import type { Clock } from '#core/clock';
import { AppError } from '#shared/contract';

import type { ConflictRepository } from './conflict-repository';
import type { CredentialStore } from './credential-store';
import { type OutboxRepository, rowToEntry } from './outbox-repository';
import type { SyncEngine } from './sync-engine';
import type { SyncLog } from './sync-log';
import type { SyncStore } from './sync-store';

export interface DiagnosticsDeps {
  readonly clock: Clock;
  readonly store: SyncStore;
  readonly outbox: OutboxRepository;
  readonly conflicts: ConflictRepository;
  readonly log: SyncLog;
  readonly engine: SyncEngine;
  readonly credentials: CredentialStore;
  readonly about: () => Record<string, unknown>;
}

/**
 * The bundle a user sends to support when sync misbehaves: settings, status, the outbox's states
 * and error codes, and the sync log. No token, no password, no licence content.
 */
export async function buildDiagnostics(deps: DiagnosticsDeps): Promise<{ fileName: string; content: string }> {
  const creds = await deps.credentials.get();
  const generatedAt = deps.clock.now().toISOString();
  const bundle = {
    kind: 'aim-licences-sync-diagnostics',
    generatedAt,
    about: deps.about(),
    settings: deps.store.settings(),
    status: deps.engine.status(),
    credentials: {
      protection: deps.credentials.protection.level,
      signedInAs: creds?.username ?? null,
      expiresAt: creds?.expiresAt ?? null,
    },
    outbox: {
      counts: deps.outbox.counts(),
      entries: deps.outbox.list({ states: [], limit: 5000, offset: 0 }).items.map(rowToEntry),
    },
    conflicts: deps.conflicts.open().map((c) => ({
      id: c.id,
      licenceId: c.licenceId,
      entryId: c.entryId,
      op: c.op,
      detectedAt: c.detectedAt,
      portalVersion: c.portal.version,
      baseVersion: c.mine.baseVersion,
    })),
    log: deps.log.list(5000, null),
  };
  const content = JSON.stringify(bundle, null, 2);
  // Belt and braces: the bundle is built from fields that never hold the token, and is checked anyway.
  if (creds && content.includes(creds.token))
    throw new AppError(
      'INTERNAL',
      'The diagnostics bundle would have contained the gateway token; it was not produced.',
    );
  return { fileName: `aim-sync-diagnostics-${generatedAt.replace(/[:.]/g, '-')}.json`, content };
}
