import { Label, ProgressBar } from 'react-aria-components';

import { formatCount } from '#renderer/format/numbers';
import type { TaskProgress } from '#shared/contract';

/**
 * What a long operation is doing and how far it is: a determinate bar when the core knows the
 * amount of work (licences checked, attachments re-encrypted), a sweeping one when it does not.
 */
export function TaskProgressBar({ progress, fallback }: { progress: TaskProgress | null; fallback?: string }) {
  if (!progress && !fallback) return null;
  const step = progress?.step ?? fallback!;
  const known = progress !== null && progress.total > 0;
  const label = known ? `${step}… ${formatCount(progress.done)} of ${formatCount(progress.total)}` : `${step}…`;
  return (
    <ProgressBar
      className={`progress ${known ? '' : 'progress-indeterminate'}`}
      value={known ? progress.done : 0}
      maxValue={known ? progress.total : 1}
      isIndeterminate={!known}
      data-testid="task-progress"
    >
      {({ percentage }) => (
        <>
          <Label className="field-label">{label}</Label>
          <div className="progress-track">
            <div className="progress-fill" style={known ? { width: `${percentage ?? 0}%` } : undefined} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
