import type { LicenceDraft, ValidationSummary } from '#shared/licences/licence-schema';

import { licenceRules } from './licence-rules';
import type { LicenceRule, RuleContext, RuleIssue } from './rule';

export interface LicenceValidation {
  readonly issues: RuleIssue[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** No error-severity finding: the licence can be filed. Warnings never block. */
  readonly valid: boolean;
}

/**
 * Runs every rule on one licence. Pure: the same draft, date and reference data always give the
 * same findings, in the form, in the main process and in the CLI.
 */
export function validateLicence(
  licence: LicenceDraft,
  ctx: RuleContext,
  rules: readonly LicenceRule[] = licenceRules,
): LicenceValidation {
  const issues: RuleIssue[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  // One reporter for the whole run (not one per rule): the rules run on every licence of a file.
  let rule = rules[0]!;
  const report = (path: string, message: string) => {
    issues.push({ code: rule.code, severity: rule.severity, path, message, source: rule.source });
    if (rule.severity === 'error') errors += 1;
    else if (rule.severity === 'warning') warnings += 1;
    else infos += 1;
  };
  for (rule of rules) rule.check(licence, ctx, report);
  return { issues, errors, warnings, infos, valid: errors === 0 };
}

export function summariseValidation(
  result: LicenceValidation,
  ctx: RuleContext,
  validatedAt: string,
): ValidationSummary {
  return {
    errors: result.errors,
    warnings: result.warnings,
    dataVersion: ctx.reference.version,
    asOf: ctx.asOf,
    validatedAt,
  };
}
