import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { ReferenceStore } from '#core/reference/reference-store';
import { localIsoDate } from '#shared/dates/iso-date';
import type { LicenceDraft, ValidationSummary } from '#shared/licences/licence-schema';
import type { LicenceStatus } from '#shared/licences/licence-status';
import { licenceRules } from '#shared/rules/licence-rules';
import type { LicenceFacts, LicenceRule, RuleContext } from '#shared/rules/rule';
import { type LicenceValidation, summariseValidation, validateLicence } from '#shared/rules/validate-licence';
import type { AppSettings } from '#shared/settings/app-settings';
import type { EvidenceIndex } from '#shared/suppliers/evidence-data';

export interface StoredFacts {
  readonly id?: string;
  readonly status?: LicenceStatus;
  readonly validFrom?: string | null;
  readonly validThrough?: string | null;
}

const filed: readonly LicenceStatus[] = ['submitted', 'issued', 'rejected', 'used', 'cancelled', 'expired'];

/** Runs the shared rule engine with what only the database knows: filing dates, the evidence index. */
export function createLicenceValidator(
  db: Db,
  clock: Clock,
  reference: ReferenceStore,
  settings: () => AppSettings,
  /** Supplier documents behind the lines (core/suppliers/evidence); undefined while none are kept. */
  evidence: () => EvidenceIndex | undefined = () => undefined,
) {
  const submittedOn = db.prepare<[string], { at: string }>(
    `SELECT at FROM licence_status_history WHERE licence_id = ? AND to_status = 'submitted' ORDER BY id LIMIT 1`,
  );

  function context(draft: LicenceDraft, stored: StoredFacts = {}, asOf = localIsoDate(clock.now())): RuleContext {
    const facts: LicenceFacts = {
      ...(stored.status ? { status: stored.status } : {}),
      validFrom: stored.validFrom ?? null,
      validThrough: stored.validThrough ?? null,
      appliedOn:
        stored.id && stored.status && filed.includes(stored.status)
          ? (submittedOn.get(stored.id)?.at.slice(0, 10) ?? null)
          : null,
    };
    return {
      asOf,
      reference: reference.current(),
      settings: settings().rules,
      facts,
      // Always the same keys (evidence may be undefined): one object shape keeps every rule's
      // property reads fast; a conditional spread here cost more than the evidence check itself.
      evidence: evidence(),
    };
  }

  return {
    context,
    check(
      draft: LicenceDraft,
      stored: StoredFacts = {},
      rules: readonly LicenceRule[] = licenceRules,
      /** Judge as of another day than today (a filing held for its first fileable day). */
      asOf?: string,
    ): { result: LicenceValidation; summary: ValidationSummary } {
      const ctx = asOf === undefined ? context(draft, stored) : context(draft, stored, asOf);
      const result = validateLicence(draft, ctx, rules);
      return { result, summary: summariseValidation(result, ctx, clock.now().toISOString()) };
    },
  };
}
export type LicenceValidator = ReturnType<typeof createLicenceValidator>;
