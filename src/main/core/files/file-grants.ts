import { randomUUID } from 'node:crypto';

import { AppError } from '#shared/contract';
import type { OpenKind } from '#shared/files/file-kinds';

export interface Grant {
  readonly path: string;
  readonly kind: OpenKind;
  readonly name: string;
  readonly sizeBytes: number;
  readonly folder: boolean;
  readonly grantedAt: number;
}

/** Long enough to fill in a document form before its files are read; a token is useless after that. */
export const grantLifetimeMs = 60 * 60_000;
/** The table never grows without bound, whatever a page asks for. */
export const maxGrants = 200;

/**
 * The paths the user gave the app (through a dialog or a drop), each behind a random token. The
 * page holds tokens only; the main process turns a token back into the path it granted, for the
 * kind it was granted for, until it expires.
 */
export function createFileGrants(now: () => number) {
  const grants = new Map<string, Grant>();

  function prune(): void {
    const cutoff = now() - grantLifetimeMs;
    for (const [token, grant] of grants) if (grant.grantedAt < cutoff) grants.delete(token);
    // Oldest first (Map keeps insertion order).
    while (grants.size > maxGrants) grants.delete(grants.keys().next().value!);
  }

  return {
    grant(grant: Omit<Grant, 'grantedAt'>): string {
      const token = randomUUID();
      grants.set(token, { ...grant, grantedAt: now() });
      prune();
      return token;
    },
    /** The grant behind a token; `kinds` are those the caller may use it for. */
    resolve(token: string, kinds?: readonly OpenKind[]): Grant {
      prune();
      const grant = grants.get(token);
      if (!grant)
        throw new AppError(
          'NOT_FOUND',
          'That file is no longer available to the app (it was chosen more than an hour ago, or the app restarted): choose it again.',
        );
      if (kinds && !kinds.includes(grant.kind))
        throw new AppError('VALIDATION', `"${grant.name}" was chosen for something else; choose it again here.`);
      return grant;
    },
    size: () => grants.size,
  };
}
export type FileGrants = ReturnType<typeof createFileGrants>;
