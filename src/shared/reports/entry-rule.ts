import { isIsoDate } from '#shared/dates/iso-date';
import type { Licence } from '#shared/licences/licence-schema';
import type { LicenceUse } from '#shared/licences/licence-use';
import { parseCountry } from '#shared/reference/countries';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { type Reporter, type Severity, sources as licenceSources } from '#shared/rules/rule';

import { type AceRecord07, aceRecord07, aceRecord07From } from './ace-record07';

/** An entry rule's shape, the sources the entry rules cite, and what they share. */

export interface EntryContext {
  readonly entryNumber: string;
  readonly reference: ReferenceIndex;
  readonly lowValueThresholdUsd: number;
  /** What each licence was used for on this entry (licence id → its recorded use), when recorded. */
  readonly uses: ReadonlyMap<string, LicenceUse>;
}

export interface EntryRule {
  readonly code: string;
  readonly severity: Severity;
  readonly source: string;
  check(licences: readonly Licence[], ctx: EntryContext, report: Reporter): void;
}

export const entrySources = {
  lpc28: '19 CFR 361.101(b); CBP bulletin 2b339ed: the licence number goes on the entry summary with type code 28',
  record07: 'CBP CSMS #55438432: smelt and cast countries with Y/N indicators in ACE record 07 (domain note §2.12)',
  unknown:
    'CBP guidance, June 2025: UN only for derivative aluminum, from 2025-06-28, with 9903.85.67/68 (domain note §0)',
  russia: 'CBP CSMS #55438432: Russia as a smelt source is reported as the secondary country when not the primary',
  usProducts: 'CBP CSMS #55438432: U.S. products report N/A for smelt and US for cast',
  ftz: 'CBP CSMS #48923327: the licence is needed at FTZ admission (e-214); ACE rejects type code 28 on type-06 entries',
  validity: licenceSources.validity,
  importDate:
    'Licence valid-from/through (ITA-4142a fields 18-19) judged on the actual date of importation: project decision, domain note §8',
  quantity: '19 CFR 361.101(a)(2): the licence(s) must cover the total quantity of aluminum entered',
  record07From:
    'Proclamation 10522 (88 FR 13267); CBP CSMS #55438432: smelt and cast countries on the entry summary (record 07) from 2023-04-10',
  lowValue: licenceSources.lowValue,
} as const;

/** Header countries are kept as typed (a code or a name); compare them as countries. */
export const isCountry = (value: string, code: string) => {
  const parsed = parseCountry(value);
  return parsed.kind === 'country' && parsed.code === code;
};
export const linePath = (l: number, i: number, field: string) => `licences.${l}.lines.${i}.${field}`;

type LineCheck = (
  record: AceRecord07,
  line: Licence['lines'][number],
  where: { l: number; i: number; licence: Licence },
  ctx: EntryContext,
  report: Reporter,
) => void;
export const eachLine =
  (check: LineCheck): EntryRule['check'] =>
  (licences, ctx, report) =>
    licences.forEach((licence, l) =>
      licence.lines.forEach((line, i) => check(aceRecord07(line), line, { l, i, licence }, ctx, report)),
    );

/** The entry's date: its recorded date of importation, else the earliest expected import date; null when none. */
export function entryDate(licences: readonly Licence[], ctx: Pick<EntryContext, 'uses'>): string | null {
  const recorded = [...ctx.uses.values()][0]?.importDate;
  if (recorded && isIsoDate(recorded)) return recorded;
  const expected = licences.map((l) => l.expectedImportDate).filter(isIsoDate);
  return expected.length > 0 ? expected.reduce((a, b) => (b < a ? b : a)) : null;
}

/** Record 07 smelt/cast reporting applies to entries from 2023-04-10; earlier ones (or undated) are not judged on it. */
export const record07Required = (licences: readonly Licence[], ctx: Pick<EntryContext, 'uses'>): boolean => {
  const date = entryDate(licences, ctx);
  return date === null || date >= aceRecord07From;
};
export const record07Rule =
  (check: EntryRule['check']): EntryRule['check'] =>
  (licences, ctx, report) => {
    if (record07Required(licences, ctx)) check(licences, ctx, report);
  };

/** A licence's date on this entry: its recorded date of importation, else its expected one. */
export const dateOn = (licence: Licence, ctx: EntryContext) =>
  ctx.uses.get(licence.id)?.importDate ?? licence.expectedImportDate;

/** What the entry carries under one licence: the amounts recorded when it was used, else the licence's own. */
export function enteredLines(licence: Licence, use: LicenceUse | undefined) {
  return use
    ? use.lines.map((l) => ({ lineId: l.lineId, htsCode: l.htsCode, quantityKg: l.quantityKg, valueUsd: l.valueUsd }))
    : licence.lines.map((l) => ({
        lineId: l.id,
        htsCode: l.htsCode,
        quantityKg: l.quantityKg ?? 0,
        valueUsd: l.valueUsd ?? 0,
      }));
}
export const kg = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })} kg`;
export const usd = (value: number) =>
  `US$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
