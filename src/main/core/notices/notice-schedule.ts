import type { Clock } from '#core/clock';
import { localIsoDate } from '#shared/dates/iso-date';
import type { Notice } from '#shared/notices/notice-schema';

/** The hour of the day (local time) the daily reminder is given: the start of a working day (the app's own choice). */
export const dailyNoticeHour = 9;
/** How often the schedule looks at the clock: short enough to be on time after a laptop wakes up. */
export const noticeTickMs = 10 * 60_000;

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // A pending reminder never keeps the process alive.
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface NoticeScheduleDeps {
  readonly clock: Clock;
  /** The notices due now, or null while there is no data to ask (locked, being recovered): asked again later. */
  readonly due: () => Notice[] | null;
  /** Shows them (the desktop app: OS notifications). Called only with at least one notice. */
  readonly show: (notices: Notice[]) => void;
  readonly onError?: (error: unknown) => void;
  readonly timers?: Timers;
}

/**
 * At start, and then once a day from `dailyNoticeHour`, asks the core what is due and has the
 * host show it. Driven by a coarse tick rather than one long timer, so sleep, a changed clock or
 * a daylight-saving change never make it skip a day or repeat one.
 */
export function createNoticeSchedule(deps: NoticeScheduleDeps) {
  const timers = deps.timers ?? realTimers;
  let handle: unknown = null;
  let shownAtStart = false;
  let lastDay: string | null = null;

  function run(): boolean {
    let notices: Notice[] | null;
    try {
      notices = deps.due();
    } catch (error) {
      deps.onError?.(error);
      return false;
    }
    if (notices === null) return false;
    if (notices.length > 0) deps.show(notices);
    return true;
  }

  function tick(): void {
    const now = deps.clock.now();
    const today = localIsoDate(now);
    if (!shownAtStart) {
      if (run()) {
        shownAtStart = true;
        lastDay = today;
      }
      return;
    }
    if (today !== lastDay && now.getHours() >= dailyNoticeHour && run()) lastDay = today;
  }

  return {
    start(): void {
      if (handle !== null) return;
      tick();
      handle = timers.setInterval(tick, noticeTickMs);
    },
    stop(): void {
      if (handle !== null) timers.clearInterval(handle);
      handle = null;
    },
    /** For the host when something it waited for happened (the data was unlocked): look now. */
    tick,
  };
}
export type NoticeSchedule = ReturnType<typeof createNoticeSchedule>;
