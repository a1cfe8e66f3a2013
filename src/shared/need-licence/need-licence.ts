import { displayDate } from '#shared/dates/iso-date';
import { formatHts, htsDigits, isInScope } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';

/*
 * "Do I need an AIM licence for this entry?" from the entry type, the HTS lines and their values.
 * Pure: the screen (through the core) and `aim-licence need-licence` give the same answer. Every
 * reason carries its source and how strong that source is; where it is a trade publication rather
 * than the regulation, the answer says so.
 */

export const entryKinds = [
  'consumption',
  'informal',
  'warehouse',
  'warehouse-withdrawal',
  'tib',
  't-and-e',
  'ftz-admission',
  'ftz-withdrawal',
] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The words a filer knows each kind of entry by, with the CBP entry type code. */
export const entryKindLabels: Record<EntryKind, string> = {
  consumption: 'Consumption entry, formal (type 01)',
  informal: 'Informal entry (type 11)',
  warehouse: 'Entry into a bonded warehouse (type 21)',
  'warehouse-withdrawal': 'Withdrawal from a bonded warehouse for consumption (type 31)',
  tib: 'Temporary importation under bond, TIB (type 23)',
  't-and-e': 'Transportation and exportation in bond, T&E (type 62)',
  'ftz-admission': 'Admission into a foreign-trade zone (e-214)',
  'ftz-withdrawal': 'Entry summary for goods leaving a foreign-trade zone (type 06)',
};

export type SourceStrength = 'regulation' | 'cbp-guidance' | 'trade-publication' | 'app';

export const sourceStrengthLabels: Record<SourceStrength, string> = {
  regulation: 'Regulation',
  'cbp-guidance': 'CBP guidance',
  'trade-publication': 'Trade publication (not the regulation)',
  app: "The app's own reading",
};

export interface NeedLicenceReason {
  readonly text: string;
  readonly source: string;
  readonly strength: SourceStrength;
}

export type LineStatus = 'covered' | 'not-covered' | 'not-in-hts' | 'invalid';

export interface NeedLicenceLine {
  readonly hts: string;
  readonly hts10: string;
  readonly valueUsd: number | null;
  readonly status: LineStatus;
  /** The HTS description, or what is wrong with the number. */
  readonly detail: string;
}

export type Verdict = 'required' | 'not-required' | 'incomplete';

export interface NeedLicenceAnswer {
  readonly verdict: Verdict;
  readonly headline: string;
  readonly entryKind: EntryKind;
  readonly importDate: string;
  readonly htsRevision: string;
  readonly lines: NeedLicenceLine[];
  readonly reasons: NeedLicenceReason[];
  /** Set when a reason rests on a trade publication: confirm with the broker before relying on it. */
  readonly caveat: string | null;
}

export interface NeedLicenceQuestion {
  readonly entryKind: EntryKind;
  readonly lines: readonly { readonly hts: string; readonly valueUsd: number | null }[];
  /** Expected date of import (YYYY-MM-DD): picks the HTS revision and covered list in force. */
  readonly importDate: string;
}

const src = {
  coverage: {
    source:
      '19 CFR 361.103(c)(1)(xii); covered "basic aluminum products" per trade.gov/aluminum: headings 7601, 7604-7609 and 7616.99.51.60/.70',
    strength: 'regulation' as const,
  },
  required: {
    source: '19 CFR 361.101(b): the licence is obtained before the entry summary is filed',
    strength: 'regulation' as const,
  },
  start: { source: '86 FR 27513: licences are required from 2021-06-28', strength: 'regulation' as const },
  exempt: {
    source:
      'STR trade report on the AIM final rule, mirroring the steel licensing exceptions (domain note §2 rule 7); the text of 19 CFR 361.101(c) was not available to us',
    strength: 'trade-publication' as const,
  },
  ftz: {
    source:
      'CBP CSMS #48923327: the licence is needed at FTZ admission (e-214); ACE rejects licence type 28 on type 06 entry summaries since 2021-07-27',
    strength: 'cbp-guidance' as const,
  },
  record07: {
    source:
      'Proclamation 10522 and CBP CSMS #55438432: from 2023-04-10 every entry of aluminum articles and derivatives reports the countries of smelt and cast (ACE record 07); Section 232 duty per Proclamation 10895',
    strength: 'cbp-guidance' as const,
  },
  lowValue: {
    source:
      'STR trade report and trade.gov (steel: codified up to US$5,000): a reusable low-value licence for shipments with under US$5,000 of aluminum (domain note §1)',
    strength: 'trade-publication' as const,
  },
  warehouseWithdrawal: {
    source:
      "The app's own reading: the exception covers entry into a bonded warehouse; the withdrawal for consumption is a consumption entry",
    strength: 'app' as const,
  },
};

const money = (usd: number) => `US$${usd.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

function judgeLine(
  hts: string,
  valueUsd: number | null,
  reference: ReferenceIndex,
  importDate: string,
): NeedLicenceLine {
  const hts10 = htsDigits(hts.trim());
  const inForce = reference.htsOn(importDate);
  if (!/^\d{10}$/.test(hts10)) {
    return {
      hts,
      hts10,
      valueUsd,
      status: 'invalid',
      detail: `"${hts.trim()}" is not a 10-digit HTS number (e.g. 7606.12.30.35).`,
    };
  }
  if (isInScope(inForce.scope, hts10)) {
    const line = inForce.byCode.get(hts10);
    return line
      ? { hts, hts10, valueUsd, status: 'covered', detail: line.description }
      : {
          hts,
          hts10,
          valueUsd,
          status: 'not-in-hts',
          detail: `${formatHts(hts10)} is not a line of ${inForce.revision.label}: check the number with your broker.`,
        };
  }
  const line = inForce.byCode.get(hts10);
  if (hts10.startsWith('76') && !line) {
    return {
      hts,
      hts10,
      valueUsd,
      status: 'not-in-hts',
      detail: `${formatHts(hts10)} is not a line of ${inForce.revision.label}: check the number with your broker.`,
    };
  }
  return {
    hts,
    hts10,
    valueUsd,
    status: 'not-covered',
    detail: line ? line.description : 'Outside chapter 76 (aluminum and articles thereof).',
  };
}

/** The exempt entries (domain note §2 rule 7): what they are called, and what to add. */
const exemptions: Partial<Record<EntryKind, { subject: string; more: string }>> = {
  informal: { subject: 'an informal entry', more: ' Informal entries are generally those of US$2,500 or less.' },
  warehouse: {
    subject: 'an entry into a bonded warehouse',
    more: ' The later withdrawal for consumption will need one.',
  },
  tib: { subject: 'a temporary importation under bond (TIB)', more: '' },
  't-and-e': { subject: 'a transportation and exportation (T&E) entry', more: '' },
};

export function needLicence(question: NeedLicenceQuestion, reference: ReferenceIndex): NeedLicenceAnswer {
  const { entryKind, importDate } = question;
  const inForce = reference.htsOn(importDate);
  const lines = question.lines.map((l) => judgeLine(l.hts, l.valueUsd, reference, importDate));
  const covered = lines.filter((l) => l.status === 'covered');
  const unclear = lines.filter((l) => l.status === 'invalid' || l.status === 'not-in-hts');
  const notCovered = lines.filter((l) => l.status === 'not-covered');
  const reasons: NeedLicenceReason[] = [];
  // What the lines outside AIM still need, listed after the reasons that decide the answer.
  const outside: NeedLicenceReason[] = [];
  const answer = (verdict: Verdict, headline: string): NeedLicenceAnswer => ({
    verdict,
    headline,
    entryKind,
    importDate,
    htsRevision: inForce.revision.label,
    lines,
    reasons: [...reasons, ...outside],
    caveat: reasons.some((r) => r.strength === 'trade-publication')
      ? 'Part of this answer rests on a trade publication, not on the regulation’s text: confirm it with your customs broker before relying on it.'
      : null,
  });
  const list = (items: readonly NeedLicenceLine[]) => items.map((l) => formatHts(l.hts10) || l.hts).join(', ');

  if (importDate < inForce.scope.effectiveFrom) {
    reasons.push({
      text: `AIM licences are required for imports from ${displayDate(inForce.scope.effectiveFrom)}.`,
      ...src.start,
    });
    return answer(
      'not-required',
      `No AIM licence: imports before ${displayDate(inForce.scope.effectiveFrom)} needed none.`,
    );
  }

  if (notCovered.length > 0) {
    outside.push({
      text: `${list(notCovered)} ${notCovered.length === 1 ? 'is' : 'are'} outside the AIM licence's scope, so ${notCovered.length === 1 ? 'it needs' : 'they need'} no AIM licence.`,
      ...src.coverage,
    });
    outside.push({
      text: 'If the goods are Section 232 aluminum articles or derivatives, the entry summary still reports the countries of smelt and cast (ACE record 07) and Section 232 duty may apply: that is Section 232 data for the broker, not an AIM licence.',
      ...src.record07,
    });
  }

  if (covered.length === 0) {
    if (unclear.length > 0) {
      return answer(
        'incomplete',
        `Cannot tell yet: ${list(unclear)} ${unclear.length === 1 ? 'is' : 'are'} not a known HTS number. Correct ${unclear.length === 1 ? 'it' : 'them'} to get an answer.`,
      );
    }
    return answer(
      'not-required',
      'No AIM licence needed: none of these HTS numbers is an AIM-covered aluminum product.',
    );
  }

  reasons.push({
    text: `${list(covered)} ${covered.length === 1 ? 'is a' : 'are'} basic aluminum product${covered.length === 1 ? '' : 's'} covered by AIM (${inForce.revision.label}).`,
    ...src.coverage,
  });

  const exemption = exemptions[entryKind];
  if (exemption) {
    const subject = exemption.subject.charAt(0).toUpperCase() + exemption.subject.slice(1);
    reasons.push({ text: `${subject} needs no AIM licence.${exemption.more}`, ...src.exempt });
    return answer('not-required', `No AIM licence needed: ${exemption.subject} is exempt.`);
  }
  if (entryKind === 'ftz-withdrawal') {
    reasons.push({
      text: 'Goods in a foreign-trade zone needed their AIM licence at admission (e-214). The type 06 entry summary reports no licence: ACE rejects licence type 28 there.',
      ...src.ftz,
    });
    return answer(
      'not-required',
      'No licence on this entry summary: the AIM licence belonged to the FTZ admission (e-214).',
    );
  }
  if (entryKind === 'ftz-admission') {
    reasons.push({
      text: 'For FTZ goods the AIM licence is needed before admission into the zone (e-214).',
      ...src.ftz,
    });
  } else {
    reasons.push({ text: 'Get the AIM licence before the entry summary is filed.', ...src.required });
    if (entryKind === 'warehouse-withdrawal') {
      reasons.push({
        text: 'The exception for bonded warehouses covers the entry into the warehouse, not this withdrawal for consumption.',
        ...src.warehouseWithdrawal,
      });
    }
  }
  const coveredValue = covered.reduce((sum, l) => sum + (l.valueUsd ?? 0), 0);
  if (covered.every((l) => l.valueUsd !== null) && coveredValue > 0 && coveredValue < 5000) {
    reasons.push({
      text: `The covered lines carry ${money(coveredValue)} of aluminum, under US$5,000: a reusable low-value licence may be used instead of a licence for this shipment alone.`,
      ...src.lowValue,
    });
  }
  if (unclear.length > 0) {
    reasons.push({
      text: `${list(unclear)}: not a known HTS number; correct ${unclear.length === 1 ? 'it' : 'them'} to see whether the licence must cover ${unclear.length === 1 ? 'it' : 'them'} too.`,
      source: 'HTS revision in force on the import date (USITC)',
      strength: 'regulation',
    });
  }
  return answer(
    'required',
    entryKind === 'ftz-admission'
      ? 'An AIM licence is required before the goods are admitted into the zone (e-214).'
      : 'An AIM licence is required before the entry summary is filed.',
  );
}
