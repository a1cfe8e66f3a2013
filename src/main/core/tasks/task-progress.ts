import type { EventBus } from '#core/events';
import { newId } from '#core/ids';
import type { TaskProgress } from '#shared/contract';

/** Reports one run of a long operation to every window (`task.progress`). */
export interface TaskReporter {
  readonly taskId: string;
  /** What is being done now; `total` 0 when the amount is not known. */
  step(step: string, done?: number, total?: number): void;
  /** Like `step`, then lets the host deliver it (and answer its other callers) before work goes on. */
  stepAndYield(step: string, done?: number, total?: number): Promise<void>;
  finish(step?: string): void;
  fail(step?: string): void;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startTask(events: EventBus, task: TaskProgress['task'], first: string): TaskReporter {
  const taskId = newId();
  let current = first;
  const emit = (state: TaskProgress['state'], step: string, done: number, total: number) => {
    current = step;
    events.emit('task.progress', { taskId, task, step, done: Math.max(0, done), total: Math.max(0, total), state });
  };
  emit('running', first, 0, 0);
  return {
    taskId,
    step: (step, done = 0, total = 0) => emit('running', step, done, total),
    async stepAndYield(step, done = 0, total = 0) {
      emit('running', step, done, total);
      await yieldToEvents();
    },
    finish: (step = 'Done') => emit('finished', step, 1, 1),
    fail: (step = current) => emit('failed', step, 0, 0),
  };
}

/** Runs `work` as one task: the reporter is finished or failed whatever happens. */
export async function asTask<T>(
  events: EventBus,
  task: TaskProgress['task'],
  first: string,
  work: (progress: TaskReporter) => Promise<T>,
): Promise<T> {
  const progress = startTask(events, task, first);
  try {
    const result = await work(progress);
    progress.finish();
    return result;
  } catch (error) {
    progress.fail();
    throw error;
  }
}
