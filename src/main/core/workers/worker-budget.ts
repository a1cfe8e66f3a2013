/**
 * What one worker may use before it is stopped: a bad file can then only end its own worker,
 * never the app. The figures are the app's own choice: well above what the largest file the
 * app accepts needs (a 250,000-row licence file reads in about 300 MB), far below a machine's memory.
 */
export interface WorkerBudget {
  /** V8's old-generation heap limit for the worker (resourceLimits.maxOldGenerationSizeMb). */
  readonly memoryMb: number;
  readonly timeoutMs: number;
}

export const defaultWorkerBudget: WorkerBudget = { memoryMb: 512, timeoutMs: 60_000 };
