import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { verifyAuditTrail } from '#core/audit/audit-verification';
import { integrityProblems } from '#core/backups/database-health';
import { fixedClock } from '#core/clock';

import { seededRandom } from '../../../src/main/portal-sim/seeded-random';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { type OperationName, operations } from '../operations';
import { dataDirOf, harnessNow } from './crash-operation';

const projectRoot = path.resolve(__dirname, '../../..');
const childScript = path.join(__dirname, 'child.ts');
// tsx as a loader inside this one process: tsx's own CLI would run the script in a grandchild
// that a SIGKILL to its parent never reaches, and that would go on writing after the "kill".
const childArgs = ['--import', 'tsx', childScript];

export interface TrialCounts {
  trials: number;
  /** The database failed the app's start-up or SQLite's integrity_check after the kill. */
  corrupt: number;
  /** An operation left part of its work behind. */
  partial: number;
  /** Something committed before the kill was missing or changed. */
  lost: number;
  /** Trials where the kill landed before the operation finished (the rest ran to the end). */
  killedMidway: number;
}

export interface OperationReport extends TrialCounts {
  readonly operation: OperationName;
  readonly seed: number;
  /** How long the kill window (from `ack window` to the end) took without a kill. */
  readonly windowMs: number;
  readonly problems: string[];
}

interface ChildRun {
  readonly acks: string[];
  /** SIGKILL was sent (perhaps after the work was done, while the process was exiting). */
  readonly signalled: boolean;
  /** SIGKILL was sent before the work was done. */
  readonly killed: boolean;
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly windowMs: number | null;
}

/** Runs the operation's child once; kills it `killAfterMs` after its `window` ack (never, if null). */
function runChild(name: OperationName, root: string, params: unknown, killAfterMs: number | null): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...childArgs, name, root, JSON.stringify(params)], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    let windowAt: number | null = null;
    let windowMs: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!line.startsWith('ack ')) continue;
        const label = line.slice(4);
        // An ack that arrives after the kill signal was sent still counts: it was written after the commit.
        acks.push(label);
        if (label === 'window') {
          windowAt = performance.now();
          if (killAfterMs !== null) {
            timer = setTimeout(() => {
              killed = child.kill('SIGKILL');
            }, killAfterMs);
          }
        }
        if (label === 'done' && windowAt !== null) windowMs = performance.now() - windowAt;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ acks, signalled: killed, killed: killed && !acks.includes('done'), exitCode: code, stderr, windowMs });
    });
  });
}

/** Opens the data as the app's next start would, then runs the operation's and SQLite's checks. */
async function inspect(name: OperationName, root: string, params: unknown, baseline: unknown, acks: readonly string[]) {
  const operation = operations[name];
  let core: TestCore;
  try {
    core = openTestCore({ dataDir: dataDirOf(root), clock: fixedClock(harnessNow), logError: () => {} });
  } catch (error) {
    return { corrupt: [`the app could not open the data: ${(error as Error).message}`], partial: [], lost: [] };
  }
  try {
    const corrupt = integrityProblems(core.db, 'full');
    const verdict = await (
      operation.check as (
        c: TestCore,
        r: string,
        p: unknown,
        b: unknown,
        a: readonly string[],
      ) => Promise<{ partial: string[]; lost: string[] }>
    )(core, root, params, baseline, acks);
    const audit = verifyAuditTrail(core.db, core.audit, core.paths, harnessNow, {
      protected: false,
      lookup: () => undefined,
    });
    const lost = audit.ok ? verdict.lost : [...verdict.lost, `the audit trail no longer verifies: ${audit.problem}`];
    return { corrupt, partial: verdict.partial, lost };
  } finally {
    core.close();
  }
}

export interface RunOptions {
  readonly trials: number;
  readonly seed: number;
  /** Uninterrupted runs to time the window; the shortest is used, so most kills land mid-operation. */
  readonly calibrationRuns?: number;
  readonly log?: (line: string) => void;
}

/**
 * Prepares the operation's data once, times one uninterrupted run, then runs `trials` copies,
 * each killed with SIGKILL at a random moment in (and a little past) that window, and checks
 * each one as the next start of the app would see it.
 */
export async function runCrashTrials(
  name: OperationName,
  params: unknown,
  options: RunOptions,
): Promise<OperationReport> {
  const operation = operations[name];
  const log = options.log ?? (() => {});
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `aim-crash-${name}-`));
  const services = operation.startServices
    ? await (
        operation.startServices as (
          p: unknown,
        ) => Promise<{ params: unknown; beforeTrial(): Promise<void>; stop(): Promise<void> }>
      )(params)
    : null;
  if (services) params = services.params;
  try {
    const template = path.join(work, 'template');
    fs.mkdirSync(dataDirOf(template), { recursive: true });
    const baseline = await (operation.prepare as (root: string, params: unknown) => unknown)(template, params);

    let windowMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < (options.calibrationRuns ?? 1); run += 1) {
      const calibration = path.join(work, `calibration-${run}`);
      fs.cpSync(template, calibration, { recursive: true });
      await services?.beforeTrial();
      const timing = await runChild(name, calibration, params, null);
      if (timing.exitCode !== 0 || timing.windowMs === null)
        throw new Error(`${name} does not run to the end on its own:\n${timing.stderr}`);
      windowMs = Math.min(windowMs, timing.windowMs);
      fs.rmSync(calibration, { recursive: true, force: true });
    }
    log(`${name}: uninterrupted run ${Math.round(windowMs)} ms; ${options.trials} trials, seed ${options.seed}`);

    const random = seededRandom(options.seed);
    const counts: TrialCounts = { trials: 0, corrupt: 0, partial: 0, lost: 0, killedMidway: 0 };
    const problems: string[] = [];
    for (let trial = 0; trial < options.trials; trial += 1) {
      const root = path.join(work, `trial-${trial}`);
      fs.cpSync(template, root, { recursive: true });
      await services?.beforeTrial();
      // Mostly inside the window, sometimes just after it, so both outcomes are exercised.
      const killAfter = Math.round(random() * windowMs * 1.1);
      const run = await runChild(name, root, params, killAfter);
      if (!run.signalled && run.exitCode !== 0)
        throw new Error(`${name} trial ${trial} failed on its own:\n${run.stderr}`);
      const found = await inspect(name, root, params, baseline, run.acks);
      counts.trials += 1;
      if (run.killed) counts.killedMidway += 1;
      if (found.corrupt.length > 0) counts.corrupt += 1;
      if (found.partial.length > 0) counts.partial += 1;
      if (found.lost.length > 0) counts.lost += 1;
      const trialProblems = [...found.corrupt, ...found.partial, ...found.lost];
      for (const p of trialProblems) problems.push(`trial ${trial} (kill at ${killAfter} ms): ${p}`);
      // AIM_CRASH_KEEP=DIR keeps a failing trial's files (as the kill left them, checked copy aside) for a post-mortem.
      if (trialProblems.length > 0 && process.env.AIM_CRASH_KEEP)
        fs.cpSync(root, path.join(process.env.AIM_CRASH_KEEP, `${name}-trial-${trial}`), { recursive: true });
      fs.rmSync(root, { recursive: true, force: true });
      if ((trial + 1) % 10 === 0)
        log(
          `${name}: ${trial + 1} of ${options.trials} trials done (${counts.killedMidway} killed mid-operation, ${problems.length} problem(s))`,
        );
    }
    log(`${name}: ${JSON.stringify(counts)}`);
    return { operation: name, seed: options.seed, windowMs: Math.round(windowMs), problems, ...counts };
  } finally {
    await services?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
