import { type EventName, type EventPayload, eventSchemas } from '#shared/contract';
import { maxIdsPerEvent } from '#shared/limits';

/** The ids a change event lists: all of them, or none (meaning "many: reload") past the limit. */
export const idsForEvent = (ids: readonly string[]): string[] => (ids.length > maxIdsPerEvent ? [] : [...new Set(ids)]);

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The core's push events. Hosts subscribe once and forward to their windows or streams. */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown) => void = () => {}): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      // A payload that breaks its own schema is a bug here, not something to send to a window.
      const checked = eventSchemas[event].parse(payload) as typeof payload;
      for (const listener of listeners) {
        try {
          listener(event, checked);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
