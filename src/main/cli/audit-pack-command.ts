import fs from 'node:fs';
import path from 'node:path';

import type { Core } from '#core/create-core';
import { dataPaths, defaultDataDir } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import { openSqlite } from '#core/db/sqlite-key';
import { verifyAuditPack } from '#core/reports/verify-audit-pack';
import { readVaultHeader } from '#core/vault/vault-header';
import type { AuditPackResult, PackVerification } from '#shared/reports/audit-pack-schema';

import { type CliIo, processIo } from './cli-io';
import { openDataFolder, passphraseVariable, unlockForCli } from './cli-passphrase';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const auditPackUsage = `Usage:
  aim-licence audit-pack verify PACK.zip [--data-dir DIR] [--json]
      Checks every file of an audit pack against its manifest, looks for added files and
      recomputes every audit entry's hash. With the data folder that made it, also says whether
      its audit trail records the manifest. Read-only.
  aim-licence audit-pack create --from YYYY-MM-DD --to YYYY-MM-DD --out PACK.zip [--data-dir DIR]
      Makes an audit pack of the licences for import in that period. The command line has no
      print engine: the pack holds the summaries as data (print them from the app, which puts a
      PDF in its packs).
A passphrase-protected data folder reads its passphrase from ${passphraseVariable}, or asks for it in a terminal.
Exit code 0: done, pack intact; 1: the pack does not match its manifest; 2: usage; 3: cannot open.`;

function describe(name: string, verdict: PackVerification): string[] {
  const lines = verdict.ok
    ? [
        `${name}: intact. ${verdict.files} files match the manifest (${verdict.licences} licences, made ${verdict.createdAt}).`,
      ]
    : [`${name}: DOES NOT MATCH ITS MANIFEST.`, ...verdict.problems.map((p) => `  - ${p}`)];
  if (verdict.manifestSha256) lines.push(`Manifest SHA-256: ${verdict.manifestSha256}.`);
  lines.push(...verdict.warnings.map((w) => `Noted in the pack: ${w}`));
  return lines;
}

/**
 * The data folder's database, read-only (with its key when protected), to ask whether its audit
 * trail records a manifest; null when there is none. Throws when a protected folder's passphrase
 * is missing or wrong.
 */
async function openRecords(dataDir: string): Promise<Db | null> {
  const resolved = path.resolve(dataDir);
  const file = dataPaths(resolved).databaseFile;
  if (!fs.existsSync(file)) return null;
  const key =
    readVaultHeader(resolved) === null
      ? null
      : ((await unlockForCli(resolved)).unlocked?.databaseKey?.database ?? null);
  return openSqlite(file, { readonly: true, fileMustExist: true }, key);
}

async function create(
  values: {
    from?: string | undefined;
    to?: string | undefined;
    out?: string | undefined;
    'data-dir'?: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  if (!values.from || !values.to || !values.out) {
    io.err(auditPackUsage);
    return exitCodes.usage;
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  let core: Core;
  try {
    core = await openDataFolder({ dataDir, logError: () => {} });
  } catch (error) {
    io.err(`Cannot open ${dataDir}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  try {
    const result = await core.dispatch(
      'reports.auditPack',
      { selection: { importFrom: values.from, importTo: values.to } },
      { host: 'cli' },
    );
    if (!result.ok) {
      io.err(`Cannot make the audit pack: ${result.error.message}`);
      return result.error.code === 'VALIDATION' ? exitCodes.usage : exitCodes.problemFound;
    }
    const pack = result.value as AuditPackResult;
    fs.writeFileSync(values.out, Buffer.from(pack.contentBase64, 'base64'));
    io.out(
      `Wrote ${values.out}: ${pack.licences} licences, ${pack.files} files. Manifest SHA-256: ${pack.manifestSha256}.`,
    );
    pack.problems.forEach((p) => io.err(`Note: ${p}`));
    return exitCodes.ok;
  } finally {
    core.close();
  }
}

/** `aim-licence audit-pack …`: `args` are the words after `audit-pack`. Returns the exit code. */
export async function runAuditPackCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = readCommandArgs(
    args,
    {
      'data-dir': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    auditPackUsage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (command === 'create' && positionals.length === 1) return create(values, io);
  if (command !== 'verify' || !file || positionals.length !== 2) {
    io.err(auditPackUsage);
    return exitCodes.usage;
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    io.err(`Cannot read ${file}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  let db: Db | null | undefined;
  try {
    db = values['data-dir'] === undefined ? undefined : await openRecords(values['data-dir']);
  } catch (error) {
    io.err(`Cannot open ${values['data-dir']}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  if (db === null) {
    io.err(`There is no AIM Licences database in ${values['data-dir']}.`);
    return exitCodes.cannotOpen;
  }
  let verdict: PackVerification;
  try {
    const query = db?.prepare(
      "SELECT 1 FROM audit_log WHERE entity = 'system' AND action = 'audit-pack:create' AND json_extract(after, '$.manifestSha256') = ? LIMIT 1",
    );
    verdict = await verifyAuditPack({ file: path.resolve(file) }, (sha) => query?.get(sha) !== undefined);
  } finally {
    db?.close();
  }
  if (values.json) io.out(JSON.stringify(verdict));
  else {
    describe(path.basename(file), verdict).forEach((line) => io.out(line));
    if (values['data-dir'] !== undefined)
      io.out(
        verdict.recordedInAuditTrail
          ? 'The audit trail of that data folder records this pack.'
          : 'The audit trail of that data folder does not record this manifest.',
      );
  }
  return verdict.ok ? exitCodes.ok : exitCodes.problemFound;
}
