import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '#core/create-core';
import { readReferenceFileInWorker } from '#core/reference/reference-file';
import { AppError } from '#shared/contract';
import type { ReferenceApplied, ReferencePreview, ReferenceTables } from '#shared/contract/reference';
import { isIsoDate } from '#shared/dates/iso-date';
import { formatHts } from '#shared/reference/hts';

import { type CliIo, processIo } from './cli-io';
import { cliCall, openDataFolder, passphraseVariable } from './cli-passphrase';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const referenceUsage = `Usage:
  aim-licence reference import FILE --data-dir DIR [--label L] [--effective YYYY-MM-DD] [--dry-run] [--json]
      Add an HTS revision from USITC's export as published (CSV or JSON; the whole schedule or
      chapter 76), or a port list: the Census Schedule D file (dist.txt) or CBP's port code list
      (the "ACE Appendix E - Schedule D" PDF as CBP publishes it). Prints what it changes
      (each line or port added, removed or re-described, coverage, the open licences it would judge
      differently), then applies it and re-checks every open licence once. An HTS revision's label
      comes from the file name (hts_2026_revision_5_csv.csv) unless --label gives it; it takes
      effect on --effective, or today. A port list's date is the one it says it is of (--effective
      when it does not say).
      --dry-run only prints.
  aim-licence reference remove ID --data-dir DIR [--dry-run] [--json]
      Remove an imported revision or port list (previewed the same way). Bundled tables stay.
  aim-licence reference list --data-dir DIR [--json]
      The HTS revisions and port lists in the data folder, their sources and SHA-256, and which is
      in force today.
A passphrase-protected data folder reads its passphrase from ${passphraseVariable}, or asks in a terminal.
Exit code 0: done (or previewed); 1: refused (already imported, no such revision); 2: the file
cannot be read or is not an HTS export or port list, or a usage error (nothing changed); 3: cannot open the data.`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The preview as text: every line (or port) added or removed is named. */
export function previewText(preview: ReferencePreview): string[] {
  const out: string[] = [];
  const t = preview.table;
  const origin = t.origin;
  const hts = t.kind === 'hts';
  if (preview.change === 'add') {
    out.push(`${t.label}: ${origin?.fileName ?? ''}`);
    if (preview.file)
      out.push(
        hts
          ? `  USITC ${preview.file.format.toUpperCase()} export, ${preview.file.rows.toLocaleString('en-US')} rows read, ${plural(preview.file.lines, 'chapter-76 statistical line')} kept`
          : t.kind === 'ports-cbp'
            ? `  CBP port code list (ACE Appendix E, PDF), ${plural(preview.file.lines, 'code')} read`
            : `  Census Schedule D list, ${plural(preview.file.lines, 'port')} read`,
      );
    if (origin) out.push(`  ${origin.bytes.toLocaleString('en-US')} bytes, SHA-256 ${origin.sha256}`);
    out.push(
      hts
        ? `  Takes effect ${t.effectiveFrom}${t.until ? ` (until ${t.until})` : ''}${preview.comparedWith ? `; compared with ${preview.comparedWith.label}` : ''}`
        : `  ${t.kind === 'ports-cbp' ? 'Published' : 'Produced'} ${t.effectiveFrom}${preview.comparedWith ? `; compared with ${preview.comparedWith.label}` : ''}`,
    );
  } else {
    out.push(
      `Removing ${t.label} (${hts ? 'in force from' : 'as of'} ${t.effectiveFrom})${preview.comparedWith ? `: ${preview.comparedWith.label} applies again` : ''}`,
    );
  }
  if (preview.lines) {
    const { added, removed, redescribed } = preview.lines;
    out.push(`Lines added (${added.length}):`);
    for (const l of added) out.push(`  + ${formatHts(l.hts10)}  ${l.description}${l.unit ? ` [${l.unit}]` : ''}`);
    out.push(`Lines removed (${removed.length}):`);
    for (const l of removed) out.push(`  - ${formatHts(l.hts10)}  ${l.description}`);
    out.push(`Lines re-described (${redescribed.length}):`);
    for (const l of redescribed) {
      out.push(`  ~ ${formatHts(l.hts10)}  ${l.before}`);
      out.push(
        `    now: ${l.after}${l.unitAfter !== undefined ? ` [unit ${l.unitBefore || '-'} → ${l.unitAfter || '-'}]` : ''}`,
      );
    }
  }
  if (preview.coverage) {
    const c = preview.coverage;
    const coverageChanges = [...c.added.map((x) => `+${formatHts(x)}`), ...c.removed.map((x) => `-${formatHts(x)}`)];
    out.push(
      `Coverage: ${c.before} → ${c.after} lines need an AIM licence${coverageChanges.length > 0 ? ` (${coverageChanges.join(', ')})` : ''}`,
    );
  }
  if (preview.ports) {
    const { added, removed, renamed } = preview.ports;
    out.push(`Ports added (${added.length}):`);
    for (const p of added) out.push(`  + ${p.code}  ${p.name}`);
    out.push(`Ports removed (${removed.length}):`);
    for (const p of removed) out.push(`  - ${p.code}  ${p.name}`);
    out.push(`Ports renamed (${renamed.length}):`);
    for (const p of renamed) out.push(`  ~ ${p.code}  ${p.before} → ${p.after}`);
  }
  const { considered, impacts } = preview.licences;
  out.push(
    `Open licences ${hts ? 'importing while it applies' : 'with a port of entry'}: ${considered}; ${impacts.length === 0 ? 'none would be judged differently' : 'judged differently:'}`,
  );
  for (const impact of impacts)
    out.push(`  ${impact.message} (${impact.licences.map((l) => l.reference || l.id.slice(-8)).join(', ')})`);
  for (const note of preview.notes) out.push(`Note: ${note}`);
  return out;
}

export function appliedText(applied: ReferenceApplied): string {
  const refs = (list: readonly { reference: string; id: string }[]) =>
    list.length === 0 ? '' : ` (${list.map((l) => l.reference || l.id.slice(-8)).join(', ')})`;
  return `${applied.change === 'add' ? 'Added' : 'Removed'} ${applied.label}. ${plural(applied.checked, 'open licence')} checked again: ${applied.nowValid.length} now valid${refs(applied.nowValid)}, ${applied.nowInvalid.length} now invalid${refs(applied.nowInvalid)}.`;
}

export function tablesText(tables: ReferenceTables): string[] {
  const out = [`Reference data in force on ${tables.today} (version ${tables.version}):`];
  for (const t of tables.tables) {
    const span =
      t.kind === 'hts' ? `from ${t.effectiveFrom}${t.until ? ` until ${t.until}` : ''}` : `as of ${t.effectiveFrom}`;
    const counts =
      t.kind === 'hts'
        ? `${t.count} lines, ${t.coveredCount ?? 0} covered`
        : `${t.count} ${t.kind === 'ports-cbp' ? 'codes' : 'ports'}`;
    out.push(
      `${t.inForceToday ? '*' : ' '} ${t.id}  ${t.label}  ${span}  ${counts}  ${t.origin ? `${t.origin.kind}: ${t.origin.fileName} sha256 ${t.origin.sha256}${t.origin.importedAt ? ` imported ${t.origin.importedAt}` : ''}` : t.source}`,
    );
  }
  const f = tables.freshness;
  out.push(
    f.stale
      ? `The newest HTS revision (${f.newest.label}) is ${f.ageDays} days old: download the current one from hts.usitc.gov (Export, CSV or JSON) and run \`aim-licence reference import FILE\`.`
      : `The newest HTS revision is ${f.newest.label} (${f.ageDays} days old).`,
  );
  return out;
}

function readFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      'UNREADABLE_FILE',
      `${file} cannot be read: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}. Nothing was changed.`,
    );
  }
}

const exitFor = (error: AppError) =>
  error.code === 'UNREADABLE_FILE' || error.code === 'VALIDATION' || error.code === 'PAYLOAD_TOO_LARGE'
    ? exitCodes.usage
    : error.code === 'UNAUTHORIZED' || error.code === 'DB_TOO_NEW' || error.code === 'DB_CORRUPT'
      ? exitCodes.cannotOpen
      : exitCodes.problemFound;

/** `aim-licence reference …`: `args` are the words after `reference`. Returns the exit code. */
export async function runReferenceCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = readCommandArgs(
    args,
    {
      'data-dir': { type: 'string' },
      label: { type: 'string' },
      effective: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    referenceUsage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [action, target] = positionals;
  const usage = (message: string) => {
    io.err(message);
    io.err(referenceUsage);
    return exitCodes.usage;
  };
  if (!values['data-dir']) return usage('--data-dir DIR is required: the folder that holds aim-licences.sqlite3.');
  if (values.effective !== undefined && !isIsoDate(values.effective))
    return usage(`--effective must be a date as YYYY-MM-DD, not "${values.effective}".`);
  const dataDir = path.resolve(values['data-dir']);
  const print = (value: unknown, text: () => string[]) =>
    values.json ? io.out(JSON.stringify(value, null, 2)) : text().forEach((l) => io.out(l));
  let core: Core | null = null;
  const open = async () => (core = await openDataFolder({ dataDir, host: 'in-process' }));
  try {
    switch (action) {
      case 'import': {
        if (!target || positionals.length !== 2)
          return usage('Name the export to import: aim-licence reference import FILE');
        // The file first: one that cannot be used changes nothing, not even an empty data folder.
        const fileName = path.basename(target);
        const bytes = readFile(target);
        await readReferenceFileInWorker(bytes, fileName);
        const core = await open();
        const preview = await cliCall<ReferencePreview>(core, 'reference.previewImport', {
          fileName,
          contentBase64: Buffer.from(bytes).toString('base64'),
          ...(values.label !== undefined ? { label: values.label } : {}),
          ...(values.effective !== undefined ? { effectiveFrom: values.effective } : {}),
        });
        if (values['dry-run']) {
          print(preview, () => [...previewText(preview), 'Dry run: nothing was changed.']);
          return exitCodes.ok;
        }
        const applied = await cliCall<ReferenceApplied>(core, 'reference.apply', { previewId: preview.previewId });
        print({ preview, applied }, () => [...previewText(preview), appliedText(applied)]);
        return exitCodes.ok;
      }
      case 'remove': {
        if (!target || positionals.length !== 2)
          return usage('Name the revision to remove: aim-licence reference remove ID');
        const core = await open();
        const preview = await cliCall<ReferencePreview>(core, 'reference.previewRemoval', { id: target });
        if (values['dry-run']) {
          print(preview, () => [...previewText(preview), 'Dry run: nothing was changed.']);
          return exitCodes.ok;
        }
        const applied = await cliCall<ReferenceApplied>(core, 'reference.apply', { previewId: preview.previewId });
        print({ preview, applied }, () => [...previewText(preview), appliedText(applied)]);
        return exitCodes.ok;
      }
      case 'list': {
        if (positionals.length !== 1) return usage('reference list takes no other words.');
        const tables = await cliCall<ReferenceTables>(await open(), 'reference.tables', {});
        print(tables, () => tablesText(tables));
        return exitCodes.ok;
      }
      default:
        return usage(action ? `Unknown reference action "${action}".` : 'Name an action: import, remove or list.');
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (values.json) io.out(JSON.stringify({ error: error.toPayload() }));
    io.err(`aim-licence: ${error.message}`);
    return exitFor(error);
  } finally {
    (core as Core | null)?.close();
  }
}
