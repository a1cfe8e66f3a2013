import path from 'node:path';

import type Database from 'better-sqlite3';

import { createAuditLog } from '#core/audit/audit-log';
import { verifyAuditTrail } from '#core/audit/audit-verification';
import { systemClock } from '#core/clock';
import { type DataPaths, dataPaths, defaultDataDir } from '#core/data-dir';
import { openSqlite } from '#core/db/sqlite-key';
import type { UnlockedVault } from '#core/vault/keyring';
import { readVaultHeader } from '#core/vault/vault-header';
import type { AuditVerificationView } from '#shared/contract/audit';

import { type CliIo, processIo } from './cli-io';
import { passphraseVariable, unlockForCli } from './cli-passphrase';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const auditUsage = `Usage: aim-licence audit verify [--data-dir DIR] [--json]

Recomputes the hash chain of the audit trail, compares its end with the anchor file (signed in a
protected folder) and checks that it reaches the head the newest backup recorded (a database put
back to an older copy is reported).
Read-only: the database is opened read-only and nothing is written.
A passphrase-protected data folder reads its passphrase from ${passphraseVariable}, or asks for it in a terminal.
Exit code 0: intact; 1: an entry was altered, removed or added out of order, or the database was
rolled back; 2: usage; 3: cannot open.`;

function describe(result: AuditVerificationView): string[] {
  const head = result.head ? `entry ${result.head.seq}, hash ${result.head.hash}` : 'no entries';
  const anchor = result.anchor ? `entry ${result.anchor.seq} recorded ${result.anchor.at}` : 'none';
  return result.ok
    ? [`Audit trail intact: ${result.entries} entries, chain verified.`, `Newest entry: ${head}.`, `Anchor: ${anchor}.`]
    : [
        `AUDIT TRAIL PROBLEM: ${result.problem}.`,
        `First entry affected: ${result.firstBadSeq ?? 'unknown'}.`,
        `Newest entry: ${head}.`,
        `Anchor: ${anchor}.`,
      ];
}

/**
 * `aim-licence audit verify`: `args` are the words after `audit`. Returns the exit code (a
 * promise of it when the data folder is protected and the passphrase is read first).
 */
export function runAuditCommand(args: readonly string[], io: CliIo = processIo): number | Promise<number> {
  const parsed = readCommandArgs(
    args,
    { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } },
    auditUsage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] !== 'verify') {
    io.err(auditUsage);
    return exitCodes.usage;
  }
  const paths = dataPaths(path.resolve(values['data-dir'] ?? defaultDataDir()));
  const json = values.json;
  if (readVaultHeader(paths.dataDir) === null) return verifyTrail(paths, null, json, io);
  return unlockForCli(paths.dataDir).then(
    ({ unlocked }) => verifyTrail(paths, unlocked ?? null, json, io),
    (error: unknown) => {
      io.err(`Cannot open ${paths.dataDir}: ${(error as Error).message}`);
      return exitCodes.cannotOpen;
    },
  );
}

function verifyTrail(paths: DataPaths, unlocked: UnlockedVault | null, json: boolean, io: CliIo): number {
  let db: Database.Database;
  try {
    db = openSqlite(
      paths.databaseFile,
      { readonly: true, fileMustExist: true },
      unlocked?.databaseKey?.database ?? null,
    );
  } catch (error) {
    io.err(`Cannot open ${paths.databaseFile}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  try {
    const audit = createAuditLog(db, systemClock, () => 'cli');
    // Signed anchor and manifests in a protected folder; and the newest backup's head either way.
    const result = verifyAuditTrail(db, audit, paths, systemClock.now().toISOString(), {
      protected: unlocked !== null,
      lookup: (id) => unlocked?.keyset.keys.get(id),
    });
    if (json) io.out(JSON.stringify(result));
    else describe(result).forEach((line) => io.out(line));
    return result.ok ? exitCodes.ok : exitCodes.problemFound;
  } catch (error) {
    io.err(`Cannot read the audit trail in ${paths.databaseFile}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  } finally {
    db.close();
  }
}
