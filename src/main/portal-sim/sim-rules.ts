import { localIsoDate } from '#shared/dates/iso-date';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { fileabilityRules } from '#shared/rules/licence-rules';
import { defaultRuleSettings } from '#shared/rules/rule';
import { validateLicence } from '#shared/rules/validate-licence';
import { draftOfPortalContent } from '#shared/sync/portal-content';
import type { PortalLicenceContent, PortalReason } from '#shared/sync/portal-protocol';

/** The portal's web form takes at most this many product lines on one licence (the app allows maxLinesPerLicence). */
export const portalMaxLines = 50;
/** Licences with at least this much customs value are held for review instead of issued at once. */
export const reviewThresholdUsd = 5_000_000;

export type Verdict = { kind: 'reject'; reasons: PortalReason[] } | { kind: 'review' } | { kind: 'issue' };

/**
 * What the simulated portal decides about a licence: the app's own shared rules (errors only),
 * judged as fileable on the portal's date (a licence applied for too early is refused) with the
 * portal's reference data, plus rules of its own the app
 * does not know: a product-line limit and a review hold for large shipments.
 */
export function judge(content: PortalLicenceContent, now: Date, reference: ReferenceIndex): Verdict {
  const draft = draftOfPortalContent(content);
  const result = validateLicence(
    draft,
    {
      asOf: localIsoDate(now),
      reference,
      settings: defaultRuleSettings,
      facts: { status: 'ready', validFrom: null, validThrough: null, appliedOn: null },
    },
    fileabilityRules,
  );
  const reasons: PortalReason[] = result.issues
    .filter((i) => i.severity === 'error')
    .map((i) => ({ code: i.code, path: i.path, message: i.message }));
  if (content.lines.length > portalMaxLines) {
    reasons.push({
      code: 'PORTAL_TOO_MANY_LINES',
      path: 'lines',
      message: `The portal accepts at most ${portalMaxLines} product lines on one licence; this one has ${content.lines.length}. Split it into several licences.`,
    });
  }
  if (reasons.length > 0) return { kind: 'reject', reasons };
  const total = content.lines.reduce((sum, line) => sum + (line.valueUsd ?? 0), 0);
  return total >= reviewThresholdUsd ? { kind: 'review' } : { kind: 'issue' };
}
