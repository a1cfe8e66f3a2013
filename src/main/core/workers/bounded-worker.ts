import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/*
 * Untrusted files are read in a worker thread with a memory ceiling (V8 `resourceLimits`) and a
 * time limit: a file that makes a parser loop, allocate without end or crash takes the worker
 * down, never the app. The worker sends messages as it goes, so what it finished before a limit
 * stopped it is kept.
 *
 * The worker's code: in the packaged app it is a bundle of its own next to the main bundle
 * (forge.config.ts builds `<name>.js`); run from source (the web host, the CLI, tests) the
 * TypeScript file is loaded through tsx.
 */

export interface WorkerLimits {
  readonly timeoutMs: number;
  /** V8 old-generation heap ceiling. Native memory (canvas pixels, WebAssembly) is bounded by the caller's own limits. */
  readonly maxHeapMb: number;
}

export type WorkerEnd =
  | { readonly kind: 'finished' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'out-of-memory' }
  | { readonly kind: 'crashed'; readonly message: string };

const fromSource = __filename.endsWith('.ts');
const requireHere = createRequire(__filename);

/** The script that runs a worker module called `name` (a .ts file beside `sourceDir` when run from source). */
function workerScript(name: string, sourceDir: string): { script: string | URL; eval: boolean } {
  if (!fromSource) return { script: path.join(__dirname, `${name}.js`), eval: false };
  const entry = path.join(sourceDir, `${name}.ts`);
  const tsx = requireHere.resolve('tsx/cjs/api');
  return {
    script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`,
    eval: true,
  };
}

/**
 * Runs the worker module `name` with `data`, passing each message it posts to `onMessage`, and
 * settles when it exits, is stopped by the time limit, or runs out of its heap. `onMessage`
 * returns true for the last message it needs: the worker is then stopped. Never rejects.
 */
export function runBoundedWorker<Message>(
  name: string,
  sourceDir: string,
  data: unknown,
  limits: WorkerLimits,
  onMessage: (message: Message) => boolean | void,
  transfer: readonly ArrayBuffer[] = [],
): Promise<WorkerEnd> {
  const { script, eval: isEval } = workerScript(name, sourceDir);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (end: WorkerEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(end);
    };
    const worker = new Worker(script, {
      eval: isEval,
      workerData: data,
      transferList: [...transfer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64 },
      // Kept apart from the process's own output (the CLI prints JSON on stdout) and dropped:
      // parsers and OCR engines chatter about what they skip.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      void worker.terminate();
    }, limits.timeoutMs);
    worker.on('message', (message: Message) => {
      if (settled) return;
      if (onMessage(message) === true) {
        settle({ kind: 'finished' });
        void worker.terminate();
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory' }
          : { kind: 'crashed', message: error.message },
      );
    });
    worker.on('exit', () => settle({ kind: 'finished' }));
  });
}
