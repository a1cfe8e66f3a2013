import { useLayoutEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { fieldLabelOf } from '../../../shared/licence/field-labels';
import type { RuleIssue } from '../../../shared/rules/rule';
import { countOf } from '../../../shared/text/plural';
import { useCheckRun, type CheckResults } from './check-results';

/** Enough names to know where to start; the rest are counted. */
const namedAtMost = 6;

/**
 * All findings in one place: a short "3 things left" first, then the findings already shown beside
 * their fields (errors first), each moving the focus to its field so a person working by keyboard
 * goes from the list straight to the fix. Fields not judged yet (empty, untouched) are only named.
 */
export function IssueSummary({
  issues,
  shown,
  onGoTo,
}: {
  /** Every finding of the rules on the form as it is. */
  issues: readonly RuleIssue[];
  /** The findings shown beside their fields (the rest are fields not judged yet). */
  shown: readonly RuleIssue[];
  onGoTo: (path: string) => void;
}) {
  // Each run of the checks gives a new `issues` array: the section carries the run's number once
  // it is on screen (before paint), so the UI benchmark can time a keystroke to its checks.
  const section = useRef<HTMLElement>(null);
  const lastRun = useRef<readonly RuleIssue[] | null>(null);
  const runs = useRef(0);
  useLayoutEffect(() => {
    if (lastRun.current !== issues) {
      lastRun.current = issues;
      runs.current += 1;
    }
    section.current?.setAttribute('data-checked-revision', String(runs.current));
  });
  const errors = issues.filter((i) => i.severity === 'error');
  const ordered = ['error', 'warning', 'info'].flatMap((severity) => shown.filter((i) => i.severity === severity));
  const notYet = errors.filter((issue) => !shown.includes(issue));
  const warnings = shown.filter((i) => i.severity === 'warning').length;
  const title =
    errors.length === 0
      ? warnings > 0
        ? `No errors: this licence can be marked ready to file (${countOf(warnings, 'warning')} to read).`
        : 'No problems found: this licence can be marked ready to file.'
      : `${countOf(errors.length, 'thing')} left before it can be marked ready`;
  return (
    <section
      className={`issue-summary ${errors.length === 0 ? 'issue-summary-clean' : ''}`}
      aria-label="Check results"
      data-testid="issue-summary"
      ref={section}
    >
      <h2 className="issue-summary-title">{title}</h2>
      {notYet.length > 0 ? (
        <p className="issue-summary-todo">
          <span className="muted">Still to fill in: </span>
          {notYet.slice(0, namedAtMost).map((issue, index) => (
            <span key={`${issue.code}-${issue.path}-${index}`}>
              {index > 0 ? ', ' : ''}
              <Button className="link-button" onPress={() => onGoTo(issue.path)}>
                {fieldLabelOf(issue.path)}
              </Button>
            </span>
          ))}
          {notYet.length > namedAtMost ? <span> and {countOf(notYet.length - namedAtMost, 'more field')}</span> : null}
          <span className="muted">. A draft can be saved at any time.</span>
        </p>
      ) : null}
      {ordered.length > 0 ? (
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
      ) : null}
    </section>
  );
}

/** The summary of the latest run of the checks (it alone re-renders on every run). */
export function LiveIssueSummary({ results, onGoTo }: { results: CheckResults; onGoTo: (path: string) => void }) {
  const run = useCheckRun(results);
  return <IssueSummary issues={run.issues} shown={run.shown} onGoTo={onGoTo} />;
}
