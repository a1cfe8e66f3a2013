import type { Db } from '#core/db/open-database';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceValidator } from '#core/licences/licence-validator';
import type { LicenceImpact } from '#shared/contract/reference';
import { displayDate, isIsoDate } from '#shared/dates/iso-date';
import { draftOf, emptyDraft, type Licence } from '#shared/licences/licence-schema';
import { type LicenceStatus, licenceStatusLabels, openStatuses } from '#shared/licences/licence-status';
import { formatHts, htsDigits, type HtsRevision } from '#shared/reference/hts';
import { diffRevisions, listCodes, replacementsFor } from '#shared/reference/hts-revision-diff';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import type { RuleIssue } from '#shared/rules/rule';
import { type LicenceValidation, validateLicence } from '#shared/rules/validate-licence';

/** A table being previewed: an HTS revision or a port list, added or removed. */
export type ReferenceTableChange =
  | { readonly type: 'hts'; readonly revision: HtsRevision }
  | { readonly type: 'ports-census' | 'ports-cbp'; readonly list: { readonly id: string; readonly label: string } };
export type ReferenceChange = { readonly kind: 'add' | 'remove'; readonly table: ReferenceTableChange };

export interface ImpactDeps {
  readonly db: Db;
  readonly repo: LicenceRepository;
  readonly validator: LicenceValidator;
  readonly current: ReferenceIndex;
  readonly candidate: ReferenceIndex;
  readonly change: ReferenceChange;
}

type Affected = LicenceImpact['licences'][number];

const statusNouns: Partial<Record<LicenceStatus, [string, string]>> = {
  draft: ['draft', 'drafts'],
  ready: ['licence ready to file', 'licences ready to file'],
  queued: ['queued licence', 'queued licences'],
  rejected: ['rejected licence', 'rejected licences'],
};
const noun = (status: LicenceStatus, n: number) => {
  const label = licenceStatusLabels[status].toLowerCase();
  const [one, many] = statusNouns[status] ?? [`${label} licence`, `${label} licences`];
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

/** Licences judged differently, grouped by cause; each group's message starts with who it concerns. */
function impactGroups() {
  const groups = new Map<string, { impact: Omit<LicenceImpact, 'licences'>; licences: Affected[] }>();
  return {
    add(key: string, impact: Omit<LicenceImpact, 'licences'>, licence: Affected) {
      const group = groups.get(key) ?? { impact, licences: [] };
      if (!group.licences.some((l) => l.id === licence.id)) group.licences.push(licence);
      groups.set(key, group);
    },
    list: (): LicenceImpact[] =>
      [...groups.values()].map(({ impact, licences }) => ({
        ...impact,
        message: `${countsPhrase(licences)}: ${impact.message}`,
        licences,
      })),
  };
}

/** One open licence judged with the data in force and with the data as it would be. Nothing is stored. */
function judgeBoth(deps: ImpactDeps, licence: Licence) {
  const draft = draftOf(licence);
  const ctx = deps.validator.context(draft, {
    id: licence.id,
    status: licence.status,
    validFrom: licence.validFrom,
    validThrough: licence.validThrough,
  });
  const was = validateLicence(draft, ctx);
  const will = validateLicence(draft, { ...ctx, reference: deps.candidate });
  const affected: Affected = {
    id: licence.id,
    reference: licence.reference,
    status: licence.status,
    validBefore: was.valid,
    validAfter: will.valid,
  };
  return { draft, was, will, affected };
}

const errorAt = (result: LicenceValidation, path: string, codes: readonly string[]): RuleIssue | undefined =>
  result.issues.find((i) => i.severity === 'error' && i.path === path && codes.includes(i.code));

interface OpenRow {
  id: string;
  date: string;
  codes: string;
  port: string;
}

function openLicences(db: Db): OpenRow[] {
  return db
    .prepare<LicenceStatus[], OpenRow>(
      `SELECT id, expected_import_date AS date, hts_codes AS codes, port_of_entry AS port FROM licences
       WHERE status IN (${openStatuses.map(() => '?').join(',')}) ORDER BY rowid`,
    )
    .all(...openStatuses);
}

/**
 * Which open licences an HTS revision added or removed would judge differently ("3 drafts:
 * 7601.10.60.30 no longer exists from 1 Jul 2026; use 7601.10.60.40 or .45"). Only licences whose
 * import date (today, when it has none) falls where the revision in force changes, and that use a
 * line one revision has and the other lacks, are judged.
 */
function htsImpacts(deps: ImpactDeps, change: ReferenceChange & { table: { type: 'hts' } }) {
  const { current, candidate, validator } = deps;
  const today = validator.context(emptyDraft()).asOf;
  const groups = impactGroups();
  let considered = 0;
  for (const row of openLicences(deps.db)) {
    const date = isIsoDate(row.date) ? row.date : today;
    const before = current.htsOn(date).revision;
    const after = candidate.htsOn(date).revision;
    if (before.id === after.id) continue;
    considered += 1;
    const diff = diffRevisions(before, after, candidate.htsOn(date).scope);
    const changed = new Set([...diff.added, ...diff.removed].map((l) => l.hts10));
    if (!row.codes.split(' ').some((code) => changed.has(code))) continue;
    const licence = deps.repo.get(row.id);
    if (!licence) continue;
    const { draft, was, will, affected } = judgeBoth(deps, licence);
    const removed = change.table.revision.label;
    draft.lines.forEach((line, i) => {
      const path = `lines.${i}.htsCode`;
      const code = htsDigits(line.htsCode.trim());
      const refusedBefore = Boolean(errorAt(was, path, ['HTS_NOT_COVERED']));
      const refusedAfter = Boolean(errorAt(will, path, ['HTS_NOT_COVERED']));
      if (refusedBefore === refusedAfter) return;
      if (refusedAfter) {
        const gone = !after.lines.some((l) => l.hts10 === code);
        const use = gone ? replacementsFor(code, diff, after) : [];
        const advice = use.length > 0 ? `; use ${listCodes(use)}` : '';
        const reason = !gone
          ? `${formatHts(code)} is not a covered line in ${after.label}`
          : change.kind === 'add'
            ? `${formatHts(code)} no longer exists from ${displayDate(after.effectiveFrom)}${advice}`
            : `${formatHts(code)} is not in ${after.label}, in force for their import dates once ${removed} is removed${advice}`;
        groups.add(`refused:${code}:${after.id}`, { kind: 'newly-refused', code, message: reason }, affected);
      } else {
        const reason =
          change.kind === 'add'
            ? `${formatHts(code)} is a line of ${after.label} from ${displayDate(after.effectiveFrom)}`
            : `${formatHts(code)} is a line of ${after.label} again once ${removed} is removed`;
        groups.add(`accepted:${code}:${after.id}`, { kind: 'newly-accepted', code, message: reason }, affected);
      }
    });
  }
  return { considered, impacts: groups.list() };
}

const portRules = ['PORT_UNKNOWN', 'PORT_NOT_IN_LIST', 'PORT_NOT_A_PORT_OF_ENTRY', 'PORT_CBP_OFFICE_CODE'];

/** Which open licences a port list added or removed would judge differently (a port it adds or drops). */
function portImpacts(deps: ImpactDeps) {
  const { current, candidate, change } = deps;
  const groups = impactGroups();
  const rows = openLicences(deps.db);
  let considered = 0;
  for (const row of rows) {
    if (row.port.trim() === '') continue;
    considered += 1;
    const before = current.ports.check(row.port);
    const after = candidate.ports.check(row.port);
    if (before.kind === after.kind) continue;
    const licence = deps.repo.get(row.id);
    if (!licence) continue;
    const { was, will, affected } = judgeBoth(deps, licence);
    const code = row.port.trim();
    const issueBefore = was.issues.find((i) => i.path === 'portOfEntry' && portRules.includes(i.code));
    const issueAfter = will.issues.find((i) => i.path === 'portOfEntry' && portRules.includes(i.code));
    if (issueBefore?.code === issueAfter?.code) continue;
    const label = change.table.type === 'hts' ? '' : change.table.list.label;
    const adding = change.kind === 'add';
    if (issueAfter?.severity === 'error') {
      groups.add(
        `refused:${code}`,
        {
          kind: 'newly-refused',
          code,
          message: adding
            ? `port ${code} is not in ${label}: ${issueAfter.message}`
            : `port ${code} is not listed once ${label} is removed: ${issueAfter.message}`,
        },
        affected,
      );
    } else if (issueAfter) {
      groups.add(
        `warned:${code}`,
        { kind: 'other', code, message: `port ${code} would be warned about: ${issueAfter.message}` },
        affected,
      );
    } else {
      const port = after.kind === 'listed' ? after.port.name : code;
      groups.add(
        `accepted:${code}`,
        {
          kind: 'newly-accepted',
          code,
          message: adding
            ? `port ${code} is listed in ${label} (${port})`
            : `port ${code} is listed again once ${label} is removed (${port})`,
        },
        affected,
      );
    }
  }
  return { considered, impacts: groups.list() };
}

/**
 * The open licences a change would judge differently, grouped by cause so a person can act on them.
 * Nothing is stored: applying the change re-checks every open licence once.
 */
export function licenceImpacts(deps: ImpactDeps): { considered: number; impacts: LicenceImpact[] } {
  const { change } = deps;
  return change.table.type === 'hts'
    ? htsImpacts(deps, change as ReferenceChange & { table: { type: 'hts' } })
    : portImpacts(deps);
}
