import { bundledReference } from '#shared/reference/reference-data';
import { defaultRuleSettings, type RuleContext } from '#shared/rules/rule';

/** A rule context as the core builds it, for tests of the pure rules. */
export const ruleContext = (overrides: Partial<RuleContext> = {}): RuleContext => ({
  asOf: '2026-03-02',
  reference: bundledReference,
  settings: defaultRuleSettings,
  ...overrides,
});
