import type { TestCore } from '../../support/temp-core';

/** What a check found wrong after a kill, in words (empty lists: all good). */
export interface Verdict {
  /** An operation that was cut short left part of its work behind. */
  readonly partial: string[];
  /** Something committed before the kill (or before the operation) is gone or changed. */
  readonly lost: string[];
}

/**
 * One operation the crash harness interrupts: a plug-in. `prepare` builds the starting data once
 * (the harness copies it for every trial), `run` does the work in a child process the harness
 * SIGKILLs at a random moment, and `check` opens the data as the app's next start would and says
 * whether the work is all there or not there at all, and whether anything older went missing.
 *
 * `run` calls `ack('window')` where the interesting part starts (the kill falls at a random
 * moment after it) and `ack(label)` right after each commit it makes; the harness records the
 * acks it received before the kill, so `check` knows which commits must have survived.
 */
export interface CrashOperation<Params, Baseline> {
  readonly name: string;
  readonly description: string;
  /**
   * Optional: services the operation talks to that must outlive the killed child (the portal
   * simulator for sync). Started once in the harness process; `beforeTrial` runs before each
   * trial (a fresh portal, say); what `params` returns is merged into the params every step gets.
   */
  startServices?(params: Params): Promise<TrialServices<Params>>;
  prepare(root: string, params: Params): Promise<Baseline> | Baseline;
  run(root: string, params: Params, ack: (label: string) => void): Promise<void>;
  check(
    core: TestCore,
    root: string,
    params: Params,
    baseline: Baseline,
    acks: readonly string[],
  ): Verdict | Promise<Verdict>;
}

export interface TrialServices<Params> {
  readonly params: Params;
  beforeTrial(): Promise<void>;
  stop(): Promise<void>;
}

/** Each operation's data directory inside a trial's root folder (inputs such as a CSV sit beside it). */
export const dataDirOf = (root: string): string => `${root}/data`;

/** The clock every operation runs under, so validation and dates do not depend on the day the suite runs. */
export const harnessNow = '2026-03-02T15:00:00.000Z';
