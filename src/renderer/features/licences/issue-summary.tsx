import { useLayoutEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { RuleIssue } from '../../../shared/rules/rule';

/**
 * All findings in one place, errors first. Each one moves the focus to its field, so a person
 * working by keyboard can go from the list straight to the fix.
 */
export function IssueSummary({
  issues,
  hidden = 0,
  onGoTo,
  checks,
}: {
  issues: readonly RuleIssue[];
  hidden?: number;
  onGoTo: (path: string) => void;
  /**
   * The whole result of the latest run of the checks (a new array each run): each new run is
   * stamped on the section once it is on screen, so the UI benchmark can time keystroke → checks.
   */
  checks?: readonly RuleIssue[];
}) {
  const section = useRef<HTMLElement>(null);
  const lastChecks = useRef<readonly RuleIssue[] | undefined>(undefined);
  const runs = useRef(0);
  // After every commit (the section may be another element now), before paint.
  useLayoutEffect(() => {
    if (lastChecks.current !== checks) {
      lastChecks.current = checks;
      runs.current += 1;
    }
    section.current?.setAttribute('data-checked-revision', String(runs.current));
  });
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const infos = issues.filter((i) => i.severity === 'info');
  if (issues.length === 0 && hidden > 0) {
    return (
      <section className="issue-summary" aria-label="Check results" ref={section}>
        <p className="muted">
          {hidden} required {hidden === 1 ? 'field is' : 'fields are'} still empty. Save the draft at any time; it can
          be marked ready once they are filled in.
        </p>
      </section>
    );
  }
  if (issues.length === 0) {
    return (
      <section className="issue-summary issue-summary-clean" aria-label="Check results" ref={section}>
        <p>No problems found: this licence can be marked ready to file.</p>
      </section>
    );
  }
  const ordered = [...errors, ...warnings, ...infos];
  return (
    <section className="issue-summary" aria-label="Check results" ref={section}>
      <h2 className="issue-summary-title">
        {errors.length} {errors.length === 1 ? 'error' : 'errors'}, {warnings.length}{' '}
        {warnings.length === 1 ? 'warning' : 'warnings'}
        {infos.length > 0 ? `, ${infos.length} note${infos.length === 1 ? '' : 's'}` : ''}
      </h2>
      <ul className="issue-list">
        {ordered.map((issue, index) => (
          <li
            key={`${issue.code}-${issue.path}-${index}`}
            className={`issue issue-${issue.severity}`}
            data-code={issue.code}
          >
            <Button className="issue-link" onPress={() => onGoTo(issue.path)}>
              <span className="issue-severity">{issue.severity}</span>
              <span className="issue-message">{issue.message}</span>
            </Button>
            <span className="issue-meta">
              {issue.code} · {issue.source}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
