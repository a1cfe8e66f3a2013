/**
 * Every delay the engine uses, injectable so tests and the benchmark run hours of backoff in
 * milliseconds: `sleep` is the only way the engine waits, and `random` the only source of jitter.
 */
export interface SyncTiming {
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly random: () => number;
  /** One request; a timeout counts as an attempt (the portal may have acted on it). */
  readonly requestTimeoutMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many counted attempts an entry is failed, visibly, for the user to retry or withdraw. */
  readonly maxAttempts: number;
  readonly batchSize: number;
  readonly changesPageSize: number;
  /** Waits up to this long happen inside a run; longer ones end the run and a timer comes back. */
  readonly maxInlineWaitMs: number;
  /** First check after the portal was unreachable; doubles up to the sync interval. */
  readonly offlineProbeMs: number;
  /** Delay between queueing a licence and the sync that sends it (several queue actions, one sync). */
  readonly debounceMs: number;
  /** Run timers (interval, retries, debounce). Hosts: yes; tests drive `syncNow` themselves. */
  readonly timers: boolean;
}

export function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export const defaultSyncTiming: SyncTiming = {
  sleep: realSleep,
  random: Math.random,
  requestTimeoutMs: 20_000,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 8,
  batchSize: 50,
  changesPageSize: 500,
  maxInlineWaitMs: 60_000,
  offlineProbeMs: 15_000,
  debounceMs: 1_500,
  timers: true,
};
