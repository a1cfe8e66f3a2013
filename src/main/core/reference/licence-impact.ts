import type { LicenceImpact } from '../../../shared/contract/reference';
import { displayDate, isIsoDate } from '../../../shared/dates/iso-date';
import { draftOf, emptyDraft } from '../../../shared/licence/licence-schema';
import { licenceStatusLabels, openStatuses, type LicenceStatus } from '../../../shared/licence/licence-status';
import { diffRevisions, listCodes, replacementsFor } from '../../../shared/reference/hts-revision-diff';
import { formatHts, htsDigits, type HtsRevision } from '../../../shared/reference/hts';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import { validateLicence } from '../../../shared/rules/validate-licence';
import type { RuleIssue } from '../../../shared/rules/rule';
import type { Db } from '../db/open-database';
import type { LicenceRepository } from '../licences/licence-repository';
import type { LicenceValidator } from '../licences/licence-validator';

/** The change being previewed: a revision added, or an imported one removed. */
export type ReferenceChange = { kind: 'add'; revision: HtsRevision } | { kind: 'remove'; revision: HtsRevision };

interface Affected {
  readonly id: string;
  readonly reference: string;
  readonly status: LicenceStatus;
  readonly validBefore: boolean;
  readonly validAfter: boolean;
}

const statusNouns: Partial<Record<LicenceStatus, [string, string]>> = {
  draft: ['draft', 'drafts'],
  ready: ['licence ready to file', 'licences ready to file'],
  queued: ['queued licence', 'queued licences'],
  rejected: ['rejected licence', 'rejected licences'],
};
const noun = (status: LicenceStatus, n: number) => {
  const [one, many] = statusNouns[status] ?? [
    `${licenceStatusLabels[status].toLowerCase()} licence`,
    `${licenceStatusLabels[status].toLowerCase()} licences`,
  ];
  return `${n} ${n === 1 ? one : many}`;
};

/** "3 drafts", or "3 open licences (2 drafts, 1 licence ready to file)". */
export function countsPhrase(licences: readonly { status: LicenceStatus }[]): string {
  const counts = new Map<LicenceStatus, number>();
  for (const l of licences) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => noun(status, n));
  if (parts.length === 1) return parts[0]!;
  return `${licences.length} open licences (${parts.join(', ')})`;
}

const htsIssue = (issues: readonly RuleIssue[], path: string) =>
  issues.some((i) => i.code === 'HTS_NOT_COVERED' && i.severity === 'error' && i.path === path);

/**
 * Which open licences a change would judge differently, grouped by cause so a person can act on
 * them ("3 drafts: 7601106030 no longer exists from 2026-07-01; use 7601106040 or .45"). Only
 * licences whose import date (today, when it has none) falls where the revision in force changes
 * are judged, twice: with the data in force and with the data as it would be. Nothing is stored.
 */
export function licenceImpacts(deps: {
  db: Db;
  repo: LicenceRepository;
  validator: LicenceValidator;
  current: ReferenceIndex;
  candidate: ReferenceIndex;
  change: ReferenceChange;
}): { considered: number; impacts: LicenceImpact[] } {
  const { db, repo, validator, current, candidate, change } = deps;
  const today = validator.context(emptyDraft()).asOf;
  const rows = db
    .prepare<LicenceStatus[], { id: string; date: string; codes: string }>(
      `SELECT id, expected_import_date AS date, hts_codes AS codes FROM licences
       WHERE status IN (${openStatuses.map(() => '?').join(',')}) ORDER BY rowid`,
    )
    .all(...openStatuses);
  const groups = new Map<string, { impact: Omit<LicenceImpact, 'licences'>; licences: Affected[] }>();
  const add = (key: string, impact: Omit<LicenceImpact, 'licences'>, licence: Affected) => {
    const group = groups.get(key) ?? { impact, licences: [] };
    if (!group.licences.some((l) => l.id === licence.id)) group.licences.push(licence);
    groups.set(key, group);
  };
  let considered = 0;
  for (const row of rows) {
    const date = isIsoDate(row.date) ? row.date : today;
    const before = current.htsOn(date).revision;
    const after = candidate.htsOn(date).revision;
    if (before.id === after.id) continue;
    considered += 1;
    const diff = diffRevisions(before, after, candidate.htsOn(date).scope);
    const changed = new Set([...diff.added, ...diff.removed].map((l) => l.hts10));
    if (!row.codes.split(' ').some((code) => changed.has(code))) continue;
    const licence = repo.get(row.id);
    if (!licence) continue;
    const draft = draftOf(licence);
    const ctx = validator.context(draft, {
      id: licence.id,
      status: licence.status,
      validFrom: licence.validFrom,
      validThrough: licence.validThrough,
    });
    const was = validateLicence(draft, ctx);
    const will = validateLicence(draft, { ...ctx, reference: candidate });
    const affected: Affected = {
      id: licence.id,
      reference: licence.reference,
      status: licence.status,
      validBefore: was.valid,
      validAfter: will.valid,
    };
    draft.lines.forEach((line, i) => {
      const path = `lines.${i}.htsCode`;
      const code = htsDigits(line.htsCode.trim());
      const refusedBefore = htsIssue(was.issues, path);
      const refusedAfter = htsIssue(will.issues, path);
      if (refusedBefore === refusedAfter) return;
      if (refusedAfter) {
        const gone = !after.lines.some((l) => l.hts10 === code);
        const use = gone ? replacementsFor(code, diff, after) : [];
        const advice = use.length > 0 ? `; use ${listCodes(use)}` : '';
        const reason = !gone
          ? `${formatHts(code)} is not a covered line in ${after.label}`
          : change.kind === 'add'
            ? `${formatHts(code)} no longer exists from ${displayDate(after.effectiveFrom)}${advice}`
            : `${formatHts(code)} is not in ${after.label}, in force for their import dates once ${change.revision.label} is removed${advice}`;
        add(`refused:${code}:${after.id}`, { kind: 'newly-refused', code, message: reason }, affected);
      } else {
        const reason =
          change.kind === 'add'
            ? `${formatHts(code)} is a line of ${after.label} from ${displayDate(after.effectiveFrom)}`
            : `${formatHts(code)} is a line of ${after.label} again once ${change.revision.label} is removed`;
        add(`accepted:${code}:${after.id}`, { kind: 'newly-accepted', code, message: reason }, affected);
      }
    });
  }
  const impacts = [...groups.values()].map(({ impact, licences }) => ({
    ...impact,
    message: `${countsPhrase(licences)}: ${impact.message}`,
    licences,
  }));
  return { considered, impacts };
}
