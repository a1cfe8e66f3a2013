import { useEffect, useState } from 'react';

import type { TaskProgress } from '#shared/contract';

import { useClient } from './client-context';

/**
 * The latest progress of a long operation of one kind (import, backup, restore, protection),
 * pushed by the core as `task.progress`; null when none is running.
 */
export function useTaskProgress(task: TaskProgress['task']): TaskProgress | null {
  const client = useClient();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(
    () =>
      client.on('task.progress', (event) => {
        if (event.task !== task) return;
        setProgress(event.state === 'running' ? event : null);
      }),
    [client, task],
  );
  return progress;
}
