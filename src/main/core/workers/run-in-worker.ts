import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { formatBytes } from '#core/bounded/file-limit-error';
import { AppError, errorPayloadSchema } from '#shared/contract';

import { defaultWorkerBudget, type WorkerBudget } from './worker-budget';
import type { WorkerReply, WorkerRequest } from './worker-protocol';
import type { WorkerTaskInput, WorkerTaskName, WorkerTaskOutput } from './worker-tasks';

// Run from source (tsx, vitest) the worker is TypeScript and needs tsx's loader; in the desktop
// build it is `worker-main.js`, bundled beside `main.js` by Forge's Vite plugin (forge.config.ts).
const fromSource = __filename.endsWith('.ts');

function startWorker(memoryMb: number): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    // The worker needs nothing from the environment, and must not inherit an --inspect flag.
    env: {},
    execArgv: [],
  };
  if (!fromSource) return new Worker(path.join(__dirname, 'worker-main.js'), options);
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const entry = path.join(__dirname, 'worker-main.ts');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, {
    ...options,
    eval: true,
  });
}

/**
 * Idle workers are kept (unreferenced, so they never keep a process alive) and reused: starting
 * one costs tens of milliseconds. A worker that failed, ran out of memory or time is never reused.
 */
const idle: { worker: Worker; memoryMb: number }[] = [];
const maxIdle = 2;
let nextId = 1;

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`);

function takeWorker(memoryMb: number): Worker {
  const at = idle.findIndex((w) => w.memoryMb === memoryMb);
  if (at >= 0) {
    const { worker } = idle.splice(at, 1)[0]!;
    worker.ref();
    return worker;
  }
  const worker = startWorker(memoryMb);
  // An idle worker that dies is simply forgotten.
  worker.once('exit', () => {
    const gone = idle.findIndex((w) => w.worker === worker);
    if (gone >= 0) idle.splice(gone, 1);
  });
  return worker;
}

/**
 * Ends the idle workers. A one-shot process (the command line) calls it when its work is done:
 * an idle worker is unreferenced, but run from source (tsx's module hooks) its message port can
 * still hold the process open.
 */
export async function endIdleWorkers(): Promise<void> {
  const ending = idle.splice(0).map(({ worker }) => worker.terminate());
  await Promise.all(ending);
}

function giveBack(worker: Worker, memoryMb: number): void {
  if (idle.length >= maxIdle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push({ worker, memoryMb });
}

/**
 * Runs one task on untrusted input in a worker thread, under a memory limit and a time limit.
 * The task's own refusals (AppError) come back as they are; a worker that runs out of memory or
 * time is ended and `refuse` words that as one sentence naming the limit.
 */
export function runInWorker<K extends WorkerTaskName>(
  task: K,
  input: WorkerTaskInput<K>,
  refuse: (reason: string) => AppError,
  budget: WorkerBudget = defaultWorkerBudget,
): Promise<WorkerTaskOutput<K>> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(budget.memoryMb);
    const id = nextId++;
    let settled = false;
    const settle = (reuse: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Only our own listeners: Node keeps listeners of its own on a Worker (port referencing).
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) giveBack(worker, budget.memoryMb);
      else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(false, () =>
          reject(refuse(`reading it took longer than ${duration(budget.timeoutMs)}, the most allowed`)),
        ),
      budget.timeoutMs,
    );
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.ok) settle(true, () => resolve(reply.value as WorkerTaskOutput<K>));
      else {
        const payload = errorPayloadSchema.safeParse(reply.error);
        settle(payload.success && payload.data.code !== 'INTERNAL', () =>
          reject(
            payload.success ? AppError.fromPayload(payload.data) : new AppError('INTERNAL', 'The file reader failed.'),
          ),
        );
      }
    };
    const onError = (error: Error & { code?: string }) => {
      settle(false, () =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refuse(
                `reading it needs more than ${formatBytes(budget.memoryMb * 1024 * 1024)} of memory, the most allowed`,
              )
            : new AppError('INTERNAL', `The file reader stopped unexpectedly (${error.message}).`),
        ),
      );
    };
    const onExit = (code: number) => {
      settle(false, () =>
        reject(new AppError('INTERNAL', `The file reader ended without an answer (exit code ${code}).`)),
      );
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ id, task, input } satisfies WorkerRequest);
  });
}
