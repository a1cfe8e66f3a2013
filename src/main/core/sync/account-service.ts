import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { AppError } from '#shared/contract';

import type { CredentialStore } from './credential-store';
import { isGatewayError, type PortalGateway } from './portal-gateway';
import type { SyncEngine } from './sync-engine';
import type { SyncLog } from './sync-log';
import type { SyncStore } from './sync-store';

export interface AccountDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly store: SyncStore;
  readonly credentials: CredentialStore;
  readonly engine: SyncEngine;
  readonly log: SyncLog;
  readonly gatewayFor: (portalUrl: string, signal: AbortSignal) => PortalGateway;
}

/** Signing in and out of the portal. The password is used once and never kept; the token goes to the credential store only. */
export function createAccountService({ db, store, credentials, engine, log, gatewayFor }: AccountDeps) {
  return {
    async signIn(username: string, password: string): Promise<void> {
      const { portalUrl } = store.settings();
      if (!portalUrl)
        throw new AppError('VALIDATION', "Enter your filing gateway's address and save it before signing in.", {
          issues: [{ path: 'portalUrl', message: 'Portal address is required.' }],
        });
      const started = performance.now();
      try {
        const session = await gatewayFor(portalUrl, new AbortController().signal).signIn(username, password);
        await credentials.set({
          portalUrl,
          username: session.account.username,
          company: session.account.company,
          token: session.token,
          expiresAt: session.expiresAt,
        });
        db.transaction(() => store.setAuthPaused(false))();
        log.write({
          action: 'sign-in',
          outcome: 'ok',
          message: `Signed in to the portal as ${session.account.username}.`,
          durationMs: performance.now() - started,
        });
      } catch (error) {
        if (!isGatewayError(error)) throw error;
        log.write({
          action: 'sign-in',
          outcome: 'failed',
          code: error.code,
          httpStatus: error.httpStatus,
          message: `Sign-in as ${username} failed: ${error.message}`,
          durationMs: performance.now() - started,
        });
        if (error.code === 'AUTH_REQUIRED')
          throw new AppError('UNAUTHORIZED', 'The portal did not accept this user name and password.');
        throw new AppError('UNAVAILABLE', `The portal could not be reached to sign in: ${error.message}`);
      }
      await engine.refreshSignedIn();
      void engine.syncNow('signed-in');
    },

    async signOut(): Promise<void> {
      const current = await credentials.get();
      if (current) {
        // Best effort: the token is forgotten here whether or not the portal hears about it.
        await gatewayFor(current.portalUrl, new AbortController().signal)
          .signOut(current.token)
          .catch(() => undefined);
      }
      await credentials.clear();
      log.write({
        action: 'sign-in',
        outcome: 'ok',
        message: 'Signed out; the gateway token was removed from this computer.',
      });
      await engine.refreshSignedIn();
    },
  };
}
