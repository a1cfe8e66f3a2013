import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../src/main/core/clock';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/create-core';

export interface TempCore extends Core {
  readonly clock: ReturnType<typeof fixedClock>;
  /** Closes the database and removes the data directory. */
  dispose(): void;
}

/** A real core on a real SQLite file in a fresh temporary directory, with the clock held still. */
export function tempCore(now = '2026-03-02T15:00:00.000Z', options: Partial<CoreOptions> = {}): TempCore {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-core-'));
  const clock = fixedClock(now);
  const core = createCore({ dataDir, clock, checkOutputs: true, logError: () => {}, ...options });
  return {
    ...core,
    clock,
    dispose() {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
