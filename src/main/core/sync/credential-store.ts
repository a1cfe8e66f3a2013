import { z } from 'zod';

import type { CredentialProtection } from '#shared/sync/sync-model';

/** What sync needs to talk to the portal on the user's behalf. Never the password. */
export const portalCredentialsSchema = z.object({
  portalUrl: z.string(),
  username: z.string(),
  company: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type PortalCredentials = z.infer<typeof portalCredentialsSchema>;

/**
 * Where the gateway token lives: only in the main process, encrypted at rest. The desktop app
 * uses Electron's safeStorage (src/main/electron), the web host and tests a key-file store; the
 * engine sees only this interface, so a token can reach neither the renderer nor the database.
 */
export interface CredentialStore {
  readonly protection: CredentialProtection;
  get(): Promise<PortalCredentials | null>;
  set(credentials: PortalCredentials): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps the token for this run only: used when no safe place to store it exists. */
export function createMemoryCredentialStore(protection?: CredentialProtection): CredentialStore {
  let held: PortalCredentials | null = null;
  return {
    protection: protection ?? {
      level: 'memory-only',
      description:
        'The gateway token is kept in memory only and forgotten when the app closes; you sign in again after each start.',
      warning: null,
    },
    get: () => Promise.resolve(held),
    set: (credentials) => {
      held = credentials;
      return Promise.resolve();
    },
    clear: () => {
      held = null;
      return Promise.resolve();
    },
  };
}
