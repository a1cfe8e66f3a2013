import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { fixedClock } from '#core/clock';
import { composeCore, type Core, type CoreOptions, type CoreParts } from '#core/create-core';

/**
 * A core for tests and benchmarks: its dispatcher, and the parts behind it (database, services)
 * to seed data and look at what a call did. Hosts and the CLI only ever get `createCore`'s Core.
 */
export type TestCore = Core & CoreParts;

/** Opens the data folder as createCore does, and hands the test the parts too. */
export function openTestCore(options: CoreOptions): TestCore {
  const { core, parts } = composeCore(options);
  return { ...parts, ...core };
}

export interface TempCore extends TestCore {
  readonly clock: ReturnType<typeof fixedClock>;
  /** Closes the database and removes the data directory. */
  dispose(): void;
}

/** A real core on a real SQLite file in a fresh temporary directory, with the clock held still. */
export function tempCore(now = '2026-03-02T15:00:00.000Z', options: Partial<CoreOptions> = {}): TempCore {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-core-'));
  const clock = fixedClock(now);
  const core = openTestCore({ dataDir, clock, checkOutputs: true, logError: () => {}, ...options });
  return {
    ...core,
    clock,
    dispose() {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
