import { licenceRules } from '#shared/rules/licence-rules';
import type { LicenceRule, RuleContext, RuleIssue } from '#shared/rules/rule';
import { validateLicence } from '#shared/rules/validate-licence';

import { type ParsedLicence, rowOfIssue } from './rows-to-licences';

export interface CheckedLicence {
  readonly ref: string;
  readonly rows: readonly number[];
  readonly valid: boolean;
  readonly issues: readonly RuleIssue[];
}

/**
 * Runs the rule engine (the draft rules unless told otherwise) on each licence read from a file and puts every finding on its file row.
 * A cell that could not be read at all is reported once, by the reader, not again as "required".
 */
export function checkParsedLicence(
  licence: ParsedLicence,
  ctx: RuleContext,
  rules: readonly LicenceRule[] = licenceRules,
): CheckedLicence {
  const checked = validateLicence(licence.draft, ctx, rules);
  // The common case of a clean file: nothing to place on rows.
  if (checked.issues.length === 0 && licence.issues.length === 0)
    return { ref: licence.ref, rows: licence.rows, valid: true, issues: [] };
  const unreadable = new Set(licence.issues.map((i) => i.path));
  const ruleIssues = checked.issues
    .filter((issue) => !(issue.code === 'REQUIRED' && unreadable.has(issue.path)))
    .map((issue) => ({ ...issue, row: rowOfIssue(licence, issue.path) }));
  const issues = [...licence.issues, ...ruleIssues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ref: licence.ref, rows: licence.rows, valid: !issues.some((i) => i.severity === 'error'), issues };
}
