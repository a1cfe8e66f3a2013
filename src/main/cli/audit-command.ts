import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { AuditVerificationView } from '../../shared/contract/audit';
import { createAuditLog } from '../core/audit/audit-log';
import { verifyAuditTrail } from '../core/audit/audit-verification';
import { systemClock } from '../core/clock';
import { dataPaths, defaultDataDir } from '../core/data-dir';
import { processIo, type CliIo } from './cli-io';
import { exitCodes } from './records-exit-codes';

export const auditUsage = `Usage: aim-licence audit verify [--data-dir DIR] [--json]

Recomputes the hash chain of the audit trail and compares its end with the anchor file.
Read-only: the database is opened read-only and nothing is written.
Exit code 0: intact; 1: an entry was altered, removed or added out of order; 2: usage; 3: cannot open.`;

function describe(result: AuditVerificationView): string[] {
  const head = result.head ? `entry ${result.head.seq}, hash ${result.head.hash}` : 'no entries';
  const anchor = result.anchor ? `entry ${result.anchor.seq} recorded ${result.anchor.at}` : 'none';
  return result.ok
    ? [`Audit trail intact: ${result.entries} entries, chain verified.`, `Newest entry: ${head}.`, `Anchor: ${anchor}.`]
    : [`AUDIT TRAIL PROBLEM: ${result.problem}.`, `First entry affected: ${result.firstBadSeq ?? 'unknown'}.`, `Newest entry: ${head}.`, `Anchor: ${anchor}.`];
}

/** `aim-licence audit verify`: `args` are the words after `audit`. Returns the exit code. */
export function runAuditCommand(args: readonly string[], io: CliIo = processIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    io.err((error as Error).message);
    io.err(auditUsage);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(auditUsage);
    return exitCodes.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'verify') {
    io.err(auditUsage);
    return exitCodes.usage;
  }
  const paths = dataPaths(path.resolve(values['data-dir'] ?? defaultDataDir()));
  let db: Database.Database;
  try {
    db = new Database(paths.databaseFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    io.err(`Cannot open ${paths.databaseFile}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  try {
    const audit = createAuditLog(db, systemClock, () => 'cli');
    const result = verifyAuditTrail(db, audit, paths.dataDir, systemClock.now().toISOString());
    if (values.json) io.out(JSON.stringify(result));
    else describe(result).forEach((line) => io.out(line));
    return result.ok ? exitCodes.ok : exitCodes.problemFound;
  } catch (error) {
    io.err(`Cannot read the audit trail in ${paths.databaseFile}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  } finally {
    db.close();
  }
}
