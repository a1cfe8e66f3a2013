import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import type { Handlers } from '#shared/contract';
import type { profileProcedures } from '#shared/contract/profile';

import { createProfileService } from './profile-service';

export interface ProfileModuleDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
}

/** The filer profile: the applicant on every licence. */
export function createProfileModule({ db, clock, audit, events }: ProfileModuleDeps) {
  const service = createProfileService(db, clock, audit);
  const handlers: Pick<Handlers, keyof typeof profileProcedures> = {
    'profile.get': () => service.get(),
    'profile.save': (input) => {
      const saved = service.save(input);
      events.emit('profile.changed', {});
      return saved;
    },
  };
  return { service, handlers };
}
