import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type AutosaveState, createAutosaver } from './autosaver';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function harness(options: { delayMs?: number; maxWaitMs?: number; fail?: () => boolean } = {}) {
  const writes: string[] = [];
  const states: AutosaveState[] = [];
  const saver = createAutosaver<string>({
    delayMs: options.delayMs ?? 1000,
    maxWaitMs: options.maxWaitMs ?? 10_000,
    save: async (value) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (options.fail?.()) throw new Error('offline');
      writes.push(value);
    },
    onState: (state) => states.push(state),
  });
  return { saver, writes, states };
}

describe('autosaving a form', () => {
  it('writes a burst of keystrokes once, after the pause', async () => {
    const { saver, writes } = harness();
    let text = '';
    for (const letter of 'Lakeside') {
      text += letter;
      saver.changed(text);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(writes).toEqual([]);
    expect(saver.hasUnwritten()).toBe(true);
    await vi.advanceTimersByTimeAsync(1300);
    expect(writes).toEqual(['Lakeside']);
    expect(saver.hasUnwritten()).toBe(false);
  });

  it('still writes during a long stretch of typing, at most every maxWait', async () => {
    const { saver, writes } = harness({ delayMs: 1000, maxWaitMs: 3000 });
    for (let i = 1; i <= 40; i += 1) {
      saver.changed(`v${i}`);
      await vi.advanceTimersByTimeAsync(250);
    }
    // 10 s of typing with no pause: about three writes, not forty and not none.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThanOrEqual(4);
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes.at(-1)).toBe('v40');
  });

  it('writes what changed during a write right after it, one write at a time', async () => {
    const { saver, writes } = harness({ delayMs: 100 });
    saver.changed('a');
    await vi.advanceTimersByTimeAsync(150); // the write of "a" is under way (200 ms)
    saver.changed('ab');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['a', 'ab']);
  });

  it('writes at once when flushed (leaving the form), and keeps a failed value for the next try', async () => {
    let offline = true;
    const { saver, writes, states } = harness({ fail: () => offline });
    saver.changed('typed');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(250);
    await flushed;
    expect(writes).toEqual([]);
    expect(states.at(-1)).toBe('failed');
    expect(saver.hasUnwritten()).toBe(true);
    offline = false;
    const again = saver.flush();
    await vi.advanceTimersByTimeAsync(250);
    await again;
    expect(writes).toEqual(['typed']);
    expect(states.at(-1)).toBe('saved');
  });
});
