import { displayDate, isIsoDate } from '#shared/dates/iso-date';
import { lineFieldLabel, lineLabels, linePath } from '#shared/licences/field-labels';
import type { LicenceDraft } from '#shared/licences/licence-schema';
import { countryName } from '#shared/reference/countries';
import { documentTitle } from '#shared/suppliers/document-schema';
import type { EvidenceIndex } from '#shared/suppliers/evidence-data';
import { type FieldEvidence, licenceEvidence, type LineEvidence } from '#shared/suppliers/line-evidence';
import { joinWords } from '#shared/text/join-words';

import type { LicenceRule, Reporter, RuleContext } from './rule';

/*
 * The evidence rules: is each line's declared smelt and cast countries backed by a current
 * supplier document? Warnings, never errors: a licence may be filed on the filer's knowledge,
 * but CBP charges 200 % duty when smelt or cast is reported unknown, so a gap is worth money.
 * Without evidence data in the context (the CLI on a bare file) they say nothing.
 */

export const evidenceSources = {
  missing:
    'Proclamation 10522 and CSMS #55438432: smelt and cast countries are declared on every entry; unknown draws 200 % (domain note §0, §2.12)',
  mismatch:
    '19 CFR 361.103(c)(1)(xiii)-(xv): the declared countries must be true; supplier documents are the proof (issue 4)',
  expired: 'Project rule (issue 4): a supporting document must be valid on the expected import date',
} as const;

/**
 * A calendar date written YYYY-MM-DD. The same verdict as isIsoDate, without date-fns: it runs
 * once per licence in bulk validation, where parsing dates was most of the evidence check's cost.
 */
function isCalendarDate(value: string): boolean {
  if (value === lastDate.value) return lastDate.valid;
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  lastDate = { value, valid };
  return valid;
}
// Licences in a batch often share an import date: the last verdict is kept.
let lastDate = { value: '', valid: false };

/** The date a document must still be valid on: the expected import date, else the as-of date. */
const evidenceDate = (licence: LicenceDraft, ctx: RuleContext) =>
  isCalendarDate(licence.expectedImportDate) ? licence.expectedImportDate : ctx.asOf;

const onDateText = (licence: LicenceDraft, ctx: RuleContext) =>
  isIsoDate(licence.expectedImportDate)
    ? `the expected import date (${displayDate(licence.expectedImportDate)})`
    : `today (${displayDate(ctx.asOf)})`;

const describe = (f: FieldEvidence) => `${lineLabels[f.field].toLowerCase()} (${countryName(f.declared)})`;

type EvidenceCheck = (
  line: LineEvidence,
  index: number,
  evidence: EvidenceIndex,
  report: Reporter,
  licence: LicenceDraft,
  ctx: RuleContext,
) => void;

const eachLinkedLine =
  (check: EvidenceCheck): LicenceRule['check'] =>
  (licence, ctx, report) => {
    const evidence = ctx.evidence;
    if (!evidence) return;
    const { lines } = licenceEvidence(licence, evidence, ctx, evidenceDate);
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      if (line.fields.length > 0) check(line, index, evidence, report, licence, ctx);
    }
  };

const supplierOf = (line: LineEvidence, evidence: EvidenceIndex) =>
  line.supplierId ? (evidence.supplierName(line.supplierId) ?? 'the supplier') : 'the supplier';

export const evidenceMissing: LicenceRule = {
  code: 'EVIDENCE_MISSING',
  severity: 'warning',
  source: evidenceSources.missing,
  check: eachLinkedLine((line, i, evidence, report) => {
    const first = line.fields[0]!;
    if (!line.linked) {
      report(
        linePath(i, first.field),
        `Product line ${i + 1} is not linked to a supplier, so no document supports its smelt and cast countries. Use "Fill from supplier product", or pick the evidence document for this line.`,
      );
      return;
    }
    const missing = line.missing;
    if (missing.length === 0) return;
    const massBalance = line.massBalance
      ? ` The ${documentTitle(line.massBalance)} on file is mass-balance: it proves nothing about one shipment's smelt country.`
      : '';
    report(
      linePath(i, missing[0]!.field),
      `Product line ${i + 1}: no current document from ${supplierOf(line, evidence)} supports the ${joinWords(missing.map(describe))}. Add a smelter declaration or mill certificate on the supplier's page, or pick the evidence document for this line.${massBalance}`,
    );
  }),
};

export const evidenceMismatch: LicenceRule = {
  code: 'EVIDENCE_MISMATCH',
  severity: 'warning',
  source: evidenceSources.mismatch,
  check: eachLinkedLine((line, i, evidence, report) => {
    for (const f of line.mismatched) {
      if (!f.document) continue;
      report(
        linePath(i, f.field),
        `${lineFieldLabel(i, f.field)} is ${countryName(f.declared)}, but the ${documentTitle(f.document)} from ${evidence.supplierName(f.document.supplierId) ?? 'the supplier'} attests ${countryName(f.attested)}. Correct the line if the document is right; otherwise get a document for the country declared.`,
      );
    }
  }),
};

export const evidenceExpired: LicenceRule = {
  code: 'EVIDENCE_EXPIRED',
  severity: 'warning',
  source: evidenceSources.expired,
  check: eachLinkedLine((line, i, evidence, report, licence, ctx) => {
    const expired = line.expired;
    if (expired.length === 0) return;
    const doc = expired[0]!.document!;
    const supplier = evidence.supplierName(doc.supplierId) ?? 'the supplier';
    report(
      linePath(i, expired[0]!.field),
      `Product line ${i + 1}: the ${documentTitle(doc)} supporting the ${joinWords(expired.map(describe))} is valid only until ${displayDate(doc.validUntil)}, before ${onDateText(licence, ctx)}. Ask ${supplier} for a current one.`,
    );
  }),
};

export const evidenceRules: readonly LicenceRule[] = [evidenceMissing, evidenceMismatch, evidenceExpired];
