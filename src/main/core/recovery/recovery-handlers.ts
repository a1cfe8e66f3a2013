import { AppError, type Handlers, procedures } from '#shared/contract';
import type { RecoveryStatus, RestoreOutcome } from '#shared/contract/recovery';

export interface RecoveryActions {
  status(): RecoveryStatus;
  restore(backupId: string): Promise<RestoreOutcome>;
  retry(): RecoveryStatus;
  startEmpty(): { setAsideIn: string | null };
  keepDatabase(): RecoveryStatus;
}

/**
 * The handler map while the database cannot be opened: the recovery procedures work, and every
 * other one answers UNAVAILABLE with what to do, instead of opening (and so creating) an empty
 * database behind the user's back.
 */
export function recoveryHandlers(actions: RecoveryActions): Handlers {
  const handlers: Record<string, (input: never) => unknown> = {};
  for (const name of Object.keys(procedures)) {
    handlers[name] = () => {
      throw new AppError(
        'UNAVAILABLE',
        `${name} is not available: the data file could not be opened. Choose a backup on the recovery screen.`,
      );
    };
  }
  const recovery: Pick<
    Handlers,
    'recovery.status' | 'recovery.restore' | 'recovery.retry' | 'recovery.startEmpty' | 'recovery.keepDatabase'
  > = {
    'recovery.status': () => actions.status(),
    'recovery.restore': ({ backupId }) => actions.restore(backupId),
    'recovery.retry': () => actions.retry(),
    'recovery.startEmpty': () => actions.startEmpty(),
    'recovery.keepDatabase': () => actions.keepDatabase(),
  };
  return { ...handlers, ...recovery } as Handlers;
}
