/*
 * When a form's content is written while it is being typed: once typing pauses (`delayMs`), and at
 * least every `maxWaitMs` during a long stretch of typing, so a burst of keystrokes is one write,
 * not one per key. One write at a time; what changed during a write is written right after it.
 * Plain TypeScript (no React), so its timing is tested on its own.
 */

export type AutosaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'failed';

export interface Autosaver<T> {
  /** The content changed: write it after the pause. */
  changed(value: T): void;
  /** Write what is waiting now (leaving the form, the window closing). Resolves when nothing is left to write. */
  flush(): Promise<void>;
  /** Something typed is not written yet (waiting for the pause, or being written). */
  hasUnwritten(): boolean;
  /** Resolves when the write under way (if any) is done; starts none. */
  settled(): Promise<void>;
  /** Stop the timers; nothing more is written. */
  dispose(): void;
}

export interface AutosaverOptions<T> {
  readonly save: (value: T) => Promise<void>;
  readonly onState?: (state: AutosaveState, error?: unknown) => void;
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
}

export function createAutosaver<T>({
  save,
  onState,
  delayMs = 1200,
  maxWaitMs = 10_000,
}: AutosaverOptions<T>): Autosaver<T> {
  let latest: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstWaitAt: number | null = null;
  let writing: Promise<void> | null = null;
  let disposed = false;

  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  /** Writes what is waiting; false when the write failed (the value stays waiting). */
  async function writeNow(): Promise<boolean> {
    clear();
    firstWaitAt = null;
    if (writing) {
      await writing;
      return latest ? writeNow() : true;
    }
    if (!latest || disposed) return true;
    const taken = latest;
    latest = null;
    onState?.('saving');
    let ok = true;
    writing = save(taken.value).then(
      () => onState?.(latest ? 'waiting' : 'saved'),
      (error: unknown) => {
        // Keep the value: the next change or flush tries again, and nothing typed is dropped.
        ok = false;
        latest ??= taken;
        onState?.('failed', error);
      },
    );
    try {
      await writing;
    } finally {
      writing = null;
    }
    // Changes made during a successful write follow after the pause; a failed one waits for the next change or flush.
    if (ok && latest && !disposed && timer === null) schedule();
    return ok;
  }

  function schedule(): void {
    clear();
    const now = Date.now();
    firstWaitAt ??= now;
    const wait = Math.max(0, Math.min(delayMs, firstWaitAt + maxWaitMs - now));
    timer = setTimeout(() => void writeNow(), wait);
  }

  return {
    changed(value) {
      if (disposed) return;
      latest = { value };
      onState?.('waiting');
      if (!writing) schedule();
      else clear();
    },
    async flush() {
      while ((latest || writing) && !disposed) {
        // A write that failed leaves the value waiting: do not spin on it.
        if (!(await writeNow())) return;
      }
    },
    hasUnwritten: () => latest !== null || writing !== null,
    settled: async () => {
      await writing;
    },
    dispose() {
      disposed = true;
      clear();
    },
  };
}
