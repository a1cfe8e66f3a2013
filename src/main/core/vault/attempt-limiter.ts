import { AppError } from '#shared/contract';
import { countOf } from '#shared/text/plural';

/** Two wrong tries are free (typos happen); then the wait doubles from 1 s up to 5 minutes. */
export function delayAfter(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(1000 * 2 ** (failures - 3), 5 * 60_000);
}

/**
 * Slows down guessing through the app (the browser version listens on a local port): after
 * wrong passphrases, a try before the wait is over is refused without deriving a key, so
 * parallel requests gain nothing either. scrypt itself costs ~0.7 s per guess on top.
 */
export function createAttemptLimiter(now: () => number) {
  let failures = 0;
  let notBefore = 0;
  const retryAfterMs = () => Math.max(0, notBefore - now());
  return {
    retryAfterMs,
    /** Throws UNAUTHORIZED while the wait after the last wrong try is not over. */
    check(): void {
      const wait = retryAfterMs();
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        throw new AppError(
          'UNAUTHORIZED',
          `Too many wrong passphrases: wait ${countOf(seconds, 'second')} before trying again.`,
          {
            retryAfterMs: wait,
            failures,
          },
        );
      }
    },
    /** Counts a wrong try; returns the error to give, naming the form field that held the passphrase. */
    failed(field = 'passphrase'): AppError {
      failures += 1;
      notBefore = now() + delayAfter(failures);
      const wait = retryAfterMs();
      return new AppError(
        'UNAUTHORIZED',
        `That passphrase is not right. Check Caps Lock and the keyboard layout, and try again${wait > 0 ? ` in ${Math.ceil(wait / 1000)} s` : ''}.`,
        {
          issues: [{ path: field, message: 'is not the passphrase of this data folder', rule: 'passphrase' }],
          retryAfterMs: wait,
          failures,
        },
      );
    },
    succeeded(): void {
      failures = 0;
      notBefore = 0;
    },
  };
}
export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;
