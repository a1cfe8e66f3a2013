import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import type { Handlers } from '#shared/contract';
import type { settingsProcedures } from '#shared/contract/settings';

import { createSettingsService } from './settings-service';

export interface SettingsModuleDeps {
  readonly db: Db;
  readonly audit: AuditLog;
  readonly events: EventBus;
  /** New thresholds re-judge the open licences (bound late: the licences need the settings first). */
  readonly revalidateOpen: () => void;
}

/** The thresholds behind the checks' warnings. */
export function createSettingsModule({ db, audit, events, revalidateOpen }: SettingsModuleDeps) {
  const service = createSettingsService(db, audit);
  const handlers: Pick<Handlers, keyof typeof settingsProcedures> = {
    'settings.get': () => service.get(),
    'settings.save': (input) => {
      const saved = service.save(input);
      events.emit('settings.changed', {});
      revalidateOpen();
      return saved;
    },
  };
  return { service, handlers };
}
