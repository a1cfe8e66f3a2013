import { type Clock, systemClock } from '#core/clock';
import { createNeedLicenceModule } from '#core/need-licence/need-licence-module';
import { createReferenceStore } from '#core/reference/reference-store';
import { AppError } from '#shared/contract';
import { needLicenceQuestionSchema } from '#shared/contract/need-licence';
import {
  type EntryKind,
  entryKindLabels,
  entryKinds,
  type NeedLicenceAnswer,
  sourceStrengthLabels,
} from '#shared/need-licence/need-licence';
import { formatHts, htsPath } from '#shared/reference/hts';

import type { CliIo } from './cli-io';

/** CBP entry type codes a broker types, as the kinds of entry the check knows. */
const entryTypeCodes: Record<string, EntryKind> = {
  '01': 'consumption',
  '11': 'informal',
  '21': 'warehouse',
  '31': 'warehouse-withdrawal',
  '23': 'tib',
  '62': 't-and-e',
  e214: 'ftz-admission',
  'e-214': 'ftz-admission',
  '06': 'ftz-withdrawal',
};

export const needLicenceUsage = `aim-licence need-licence --entry-type TYPE --hts HTS [--value-usd N] [--hts HTS [--value-usd N] …] [--import-date YYYY-MM-DD] [--json]
      Whether an entry needs an AIM licence. TYPE is one of ${entryKinds.join(', ')}
      (or a CBP entry type code: 01, 11, 21, 31, 23, 62, 06, e214). Give --value-usd after each --hts
      (customs value of that line). Exit 0: answered; 1: cannot answer (an HTS number is not known); 2: bad options.`;

export interface NeedLicenceOptions {
  readonly entryType?: string | undefined;
  readonly hts?: readonly string[] | undefined;
  readonly valueUsd?: readonly string[] | undefined;
  readonly importDate?: string | undefined;
  readonly json: boolean;
}

function question(options: NeedLicenceOptions) {
  const typed = (options.entryType ?? '').trim().toLowerCase();
  if (typed === '')
    throw new AppError('VALIDATION', `Name the kind of entry with --entry-type.\n\n${needLicenceUsage}`);
  const entryKind = entryTypeCodes[typed] ?? (entryKinds as readonly string[]).find((k) => k === typed);
  if (!entryKind)
    throw new AppError(
      'VALIDATION',
      `--entry-type "${options.entryType}" is not a kind of entry the check knows: use ${entryKinds.join(', ')}, or a CBP entry type code (01, 11, 21, 31, 23, 62, 06, e214).`,
    );
  const hts = options.hts ?? [];
  const values = options.valueUsd ?? [];
  if (hts.length === 0)
    throw new AppError('VALIDATION', 'Give at least one --hts (the 10-digit HTS number of a line).');
  if (values.length > hts.length)
    throw new AppError(
      'VALIDATION',
      `There are ${values.length} --value-usd but only ${hts.length} --hts: give one value per line.`,
    );
  const lines = hts.map((h, i) => {
    const raw = values[i]?.replace(/[,\s$]/g, '');
    const value = raw === undefined || raw === '' ? null : Number(raw);
    if (value !== null && !Number.isFinite(value))
      throw new AppError('VALIDATION', `--value-usd "${values[i]}" (line ${i + 1}) is not a number of US dollars.`);
    return { hts: h, valueUsd: value };
  });
  const parsed = needLicenceQuestionSchema.safeParse({ entryKind, lines, importDate: options.importDate ?? '' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option =
      issue.path[0] === 'importDate' ? '--import-date' : issue.path.includes('valueUsd') ? '--value-usd' : '--hts';
    throw new AppError('VALIDATION', `${option}: ${issue.message}`);
  }
  return parsed.data;
}

function printAnswer(answer: NeedLicenceAnswer, io: CliIo): void {
  io.out(answer.headline);
  io.out(`  ${entryKindLabels[answer.entryKind]}; import ${answer.importDate}; ${answer.htsRevision}`);
  for (const line of answer.lines) {
    const value = line.valueUsd === null ? '' : `  US$${line.valueUsd.toLocaleString('en-US')}`;
    io.out(
      `  ${(formatHts(line.hts10) || line.hts).padEnd(14)} ${line.status.padEnd(12)} ${line.status === 'covered' || line.status === 'not-covered' ? htsPath(line.detail) : line.detail}${value}`,
    );
  }
  io.out('Why:');
  for (const reason of answer.reasons) {
    io.out(`  - ${reason.text}`);
    io.out(`    Source (${sourceStrengthLabels[reason.strength]}): ${reason.source}`);
  }
  if (answer.caveat) io.out(`Note: ${answer.caveat}`);
}

export function needLicenceCommand(options: NeedLicenceOptions, io: CliIo, clock: Clock = systemClock): number {
  const { service } = createNeedLicenceModule({ clock, reference: createReferenceStore() });
  const answer = service.check(question(options));
  if (options.json) io.out(JSON.stringify(answer, null, 2));
  else printAnswer(answer, io);
  return answer.verdict === 'incomplete' ? 1 : 0;
}
