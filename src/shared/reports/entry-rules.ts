import type { Licence } from '#shared/licences/licence-schema';
import type { RuleIssue } from '#shared/rules/rule';

import { ftzAdmission, importedWithinValidity, licenceIssued, withinValidity } from './entry-licence-rules';
import { lowValueWithinLimit, quantityCovered } from './entry-quantity-rules';
import type { EntryContext, EntryRule } from './entry-rule';
import {
  castCountryReported,
  notBothIndicatorsN,
  record07NotYetRequired,
  russiaAsSecondary,
  secondaryContentAssumed,
  usProducts,
} from './record07-rules';
import { unknownDuty, unknownNotAccepted } from './unknown-country-rules';

/*
 * Pre-flight checks of one customs entry before the broker keys it into ACE: the rejects the
 * domain note lists (§2 items 2, 5, 8 and 12; §8), in the same shape as the licence rules (code,
 * severity, path, message, source) so the same issue list shows them. Errors are what ACE
 * rejects or the regulation forbids; warnings are what the broker should look at; infos explain
 * an assumption.
 */

/** In the order the broker should read them: can it be filed at all, then each line. */
export const entryRules: readonly EntryRule[] = [
  licenceIssued,
  importedWithinValidity,
  quantityCovered,
  lowValueWithinLimit,
  record07NotYetRequired,
  notBothIndicatorsN,
  castCountryReported,
  unknownNotAccepted,
  unknownDuty,
  russiaAsSecondary,
  usProducts,
  withinValidity,
  ftzAdmission,
  secondaryContentAssumed,
];

export function preflightEntry(
  licences: readonly Licence[],
  ctx: EntryContext,
  rules: readonly EntryRule[] = entryRules,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of rules) {
    rule.check(licences, ctx, (path, message) =>
      issues.push({ code: rule.code, severity: rule.severity, path, message, source: rule.source }),
    );
  }
  return issues;
}
