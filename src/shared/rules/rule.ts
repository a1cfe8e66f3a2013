import { z } from 'zod';

import type { LicenceDraft } from '#shared/licences/licence-schema';
import type { LicenceStatus } from '#shared/licences/licence-status';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import type { EvidenceIndex } from '#shared/suppliers/evidence-data';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** One finding: which rule, how serious, which field, what to do, and on what authority. */
export const ruleIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(severities),
  path: z.string(),
  message: z.string(),
  source: z.string(),
  /** The file row it came from, when the licence was read from a file. */
  row: z.number().int().optional(),
});
export type RuleIssue = z.infer<typeof ruleIssueSchema>;

export interface RuleSettings {
  /** A licence can be applied for at most this many days before the expected import date (19 CFR 360.103(d): 60). */
  readonly earliestApplicationDaysBeforeImport: number;
  /** US$ per metric ton; outside this band a kg/t or cents slip is likely. */
  readonly unitValueMinUsdPerTonne: number;
  readonly unitValueMaxUsdPerTonne: number;
  /** Shipments with less aluminum value than this may use the reusable low-value licence. */
  readonly lowValueThresholdUsd: number;
}

export const defaultRuleSettings: RuleSettings = {
  earliestApplicationDaysBeforeImport: 60,
  unitValueMinUsdPerTonne: 1000,
  unitValueMaxUsdPerTonne: 50000,
  lowValueThresholdUsd: 5000,
};

/** What the rules know about a licence beyond its draft content. */
export interface LicenceFacts {
  readonly status?: LicenceStatus;
  readonly validFrom?: string | null;
  readonly validThrough?: string | null;
  /** When it was (or will be) applied for; a draft is judged as if applied for on the as-of date. */
  readonly appliedOn?: string | null;
}

export interface RuleContext {
  /** The date the licence is judged on (YYYY-MM-DD): today unless told otherwise. */
  readonly asOf: string;
  readonly reference: ReferenceIndex;
  readonly settings: RuleSettings;
  readonly facts?: LicenceFacts;
  /** Supplier documents behind the lines; absent (CLI on a bare file), the evidence rules stay silent. */
  readonly evidence?: EvidenceIndex;
}

export interface LicenceRule {
  readonly code: string;
  readonly severity: Severity;
  /** The regulation, notice or project decision the rule rests on. */
  readonly source: string;
  check(licence: LicenceDraft, ctx: RuleContext, report: Reporter): void;
}

export type Reporter = (path: string, message: string) => void;

export const sources = {
  fields: '19 CFR 361.103(c)(1) (licence fields)',
  coverage: '19 CFR 361.103(c)(1)(xii); covered products per trade.gov/aluminum',
  unknownSmelt: '86 FR 27513: "unknown" smelt allowed through 2022-06-28; CBP bulletin 31a299e',
  smeltNa: '19 CFR 361.103(c)(1)(xiii)-(xiv); N/A for secondary-only aluminum (domain note §2.6)',
  cast: '19 CFR 361.103(c)(1)(xv): most recent cast may not be N/A or unknown',
  grouping: '19 CFR 361.101(a)(2): one licence per set of header data',
  validity: 'Licence valid-from/through dates (ITA-4142a fields 18-19)',
  timing: "App's own choice: a past expected import date is worth a second look (domain note §8)",
  filingWindow:
    '19 CFR 360.103(d), which Part 361 mirrors: a licence can be applied for up to 60 days before the expected date of importation (setting earliestApplicationDaysBeforeImport; domain note §8)',
  unitValue: '19 CFR 361.103(c)(2): unit value in US$/t; band is a project setting',
  lowValue:
    'Reusable low-value licence for shipments with less than US$5,000 of aluminum: proposed rule 85 FR 23748 as summarised by F.H. Kaysing and ST&R (trade publications, not the regulation text); the limit is a setting (domain note §1, §8)',
  licenceKind:
    'Licence kinds: regular (one shipment) or low-value (reusable on many entries): domain note §4, §8; AIM FAQ section "Creating One License, Multiple Licenses, and a Low Value License" (title only)',
  ports:
    'CBP port codes, ACE Appendix E - Schedule D (CBP, 3 Feb 2026; the codes Census lacks), and Census Schedule D (April 2025): a code in either list is valid; domain note §8',
  portsNotOfEntry:
    'Census foreign-trade statistics codes that are not places (low value, late receipts, mail, vessels under own power): refused as ports of entry per domain note §8',
  portsCbpOffice:
    "ACE Appendix E - Schedule D names the code as a CBP region office, preclearance station, tracking code or a place abroad; the warning is the app's own choice",
  entryNumber:
    'ACE CATAIR Appendix E "Valid Entry Numbers": XXX-NNNNNNN-C, a 3-character entry filer code, a 7-digit transaction number and a check digit; optional on the licence (19 CFR 361.103(b))',
  entryCheckDigit:
    'ACE CATAIR Appendix E "Valid Entry Numbers" and Entry Summary AE Table 1, check digit computation (worked example B76-0324527-8)',
  entryType: '19 CFR 361.103(c)(1)(iii): consumption or FTZ',
  dates: 'ITA-4142a fields 15-16',
  certification: 'trade.gov/aluminum: the filer certifies the information before submitting',
  importerNumber:
    '19 CFR 24.5 importer identification numbers (IRS EIN, SSN or CBP-assigned); optional on the licence, which names the importer only (19 CFR 361.103(c)(1), ITA-4142a; domain note §8)',
} as const;
