import type { EventBus } from '#core/events';
import type { Handlers } from '#shared/contract';
import type { noticeProcedures } from '#shared/contract/notices';

import { createNoticeService, type NoticeServiceDeps } from './notice-service';

export interface NoticesModuleDeps extends NoticeServiceDeps {
  readonly events: EventBus;
}

/** Reminders: what is due, and which kinds are on. */
export function createNoticesModule({ events, ...deps }: NoticesModuleDeps) {
  const service = createNoticeService(deps);
  const handlers: Pick<Handlers, keyof typeof noticeProcedures> = {
    'notices.list': () => service.list(),
    'notices.getSettings': () => service.settings.get(),
    'notices.saveSettings': (input) => {
      const saved = service.settings.save(input);
      events.emit('settings.changed', {});
      return saved;
    },
  };
  return { service, handlers };
}
