import type { FieldNamesMarkedBoolean } from 'react-hook-form';

import type { LicenceDraft } from '#shared/licences/licence-schema';
import type { RuleIssue } from '#shared/rules/rule';

const emptyValueCodes = new Set(['REQUIRED', 'CAST_COUNTRY_REQUIRED']);

function isChanged(changed: Partial<Readonly<FieldNamesMarkedBoolean<LicenceDraft>>>, path: string): boolean {
  let node: unknown = changed;
  for (const part of path.split('.')) {
    if (node === undefined || node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node === true || (Array.isArray(node) && node.some(Boolean));
}

/**
 * A blank form is not a list of failures: "required" findings appear once a field was changed
 * (typed into and emptied again), after a save attempt, or for a licence that was already saved.
 * Moving through a field (Tab) judges nothing. Every other finding is about something typed, so
 * it shows at once.
 */
export function visibleIssues(
  issues: readonly RuleIssue[],
  changed: Partial<Readonly<FieldNamesMarkedBoolean<LicenceDraft>>>,
  showAll: boolean,
  /** Fields typed into during this visit, even if typed back to how they were. */
  typedInto: ReadonlySet<string> = new Set(),
): RuleIssue[] {
  if (showAll) return [...issues];
  const typed = (path: string) =>
    [...typedInto].some((name) => name === path || path.startsWith(`${name}.`) || name.startsWith(`${path}.`));
  return issues.filter(
    (issue) => !emptyValueCodes.has(issue.code) || isChanged(changed, issue.path) || typed(issue.path),
  );
}
