import { parentPort } from 'node:worker_threads';

import { AppError } from '#shared/contract/errors';

import type { WorkerReply, WorkerRequest } from './worker-protocol';
import { workerTasks } from './worker-tasks';

// The worker's console is dropped: parsers and the OCR engine chatter about what they skip, and a
// worker's stdout would otherwise reach the command line's, which carries only its own output
// (`--json`). Outcomes and errors travel as messages.
process.stdout.write = () => true;
process.stderr.write = () => true;

// A worker's life: run each task it is sent, one at a time, and post its outcome.
parentPort!.on('message', ({ id, task, input }: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      const run = (workerTasks as Record<string, (input: unknown) => unknown>)[task];
      if (!run) throw new AppError('INTERNAL', `No worker task "${task}".`);
      reply = { id, ok: true, value: await run(input) };
    } catch (error) {
      reply = {
        id,
        ok: false,
        error:
          error instanceof AppError
            ? error.toPayload()
            : { code: 'INTERNAL', message: `The file reader failed (${(error as Error).message}).` },
      };
    }
    parentPort!.postMessage(reply);
  })();
});
