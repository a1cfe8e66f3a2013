import { useDeferredValue, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { localIsoDate } from '../../../shared/dates/iso-date';
import type { EvidenceIndex } from '../../../shared/evidence/evidence-data';
import { emptyDraft, type LicenceDraft } from '../../../shared/licence/licence-schema';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import type { LicenceFacts, RuleIssue } from '../../../shared/rules/rule';
import { validateLicence } from '../../../shared/rules/validate-licence';
import type { AppSettings } from '../../../shared/settings/app-settings';

/**
 * The same rule engine the core runs, run on what is in the form as it is typed. Deferred, so a
 * long licence never makes typing lag.
 */
export function useLicenceRules(
  control: Control<LicenceDraft>,
  reference: ReferenceIndex | null,
  settings: AppSettings | null,
  facts: LicenceFacts,
  /** Supplier documents behind the lines; without them the evidence rules stay silent. */
  evidence: EvidenceIndex | null = null,
): RuleIssue[] {
  const watched = useWatch({ control });
  const values = useDeferredValue(watched);
  return useMemo(() => {
    if (!reference || !settings) return [];
    const draft = { ...emptyDraft(), ...values } as LicenceDraft;
    return validateLicence(draft, {
      asOf: localIsoDate(new Date()),
      reference,
      settings: settings.rules,
      facts,
      ...(evidence ? { evidence } : {}),
    }).issues;
    // facts is compared by its fields so a new object each render does not re-run the rules.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, reference, settings, evidence, facts.status, facts.validFrom, facts.validThrough, facts.appliedOn]);
}
