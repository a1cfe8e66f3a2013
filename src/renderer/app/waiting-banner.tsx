import { useTaskProgress } from '#renderer/api/use-task-progress';
import { TaskProgressBar } from '#renderer/components/task-progress-bar';

/**
 * While the data protection changes, the core answers nothing else: every screen says so, with
 * the step under way, instead of looking stuck.
 */
export function WaitingBanner() {
  const progress = useTaskProgress('protection');
  if (!progress) return null;
  return (
    <div className="banner banner-info waiting-banner" role="status">
      <p>
        The data protection is being changed. The app answers again as soon as it is done; nothing you asked for is
        lost.
      </p>
      <TaskProgressBar progress={progress} />
    </div>
  );
}
