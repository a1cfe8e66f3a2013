import { parseArgs } from 'node:util';

import { toCanonicalCsv } from '#core/imports/export-licences';
import { templateRows } from '#core/imports/template';
import { AppError } from '#shared/contract';
import { localIsoDate } from '#shared/dates/iso-date';

import { createAppLog } from '../hosting/app-log';
import { runAuditCommand } from './audit-command';
import { runAuditPackCommand } from './audit-pack-command';
import { runBackupCommand } from './backup-command';
import { type CliIo, processIo } from './cli-io';
import { exportCommand, importCommand } from './data-commands';
import { runEvidenceCommand } from './evidence-command';
import { needLicenceCommand, needLicenceUsage } from './need-licence-command';
import { runReferenceCommand } from './reference-command';
import { validateCommand } from './validate-command';
import { runVaultCommand } from './vault-command';

export const usage = `aim-licence: AIM licence files without the app window

  aim-licence validate FILE [--json] [--as-of YYYY-MM-DD]
      Check every licence in a canonical CSV or XLSX file. Exit 0: all valid; 1: some invalid;
      2: the file cannot be read.
  aim-licence validate FILE --data-dir DIR [--json] [--as-of YYYY-MM-DD]
      The same, with the reference data of that data folder (its imported HTS revisions).
  aim-licence import FILE --data-dir DIR [--skip-invalid]
      Add the file's licences as drafts to the app's data (one transaction: all or nothing).
  aim-licence export --data-dir DIR --format csv|register-csv|json [--out FILE]
      Write every licence as the canonical CSV (to import again), as the register CSV (one row per
      licence: status, licence number, validity, entries) or as JSON (to stdout unless --out).
  aim-licence template
      Print the canonical CSV header and an example licence.
  aim-licence reference import|remove|list … --data-dir DIR
      HTS revisions from USITC's exports, previewed before they apply (see \`aim-licence reference --help\`).
  ${needLicenceUsage}
  aim-licence audit verify [--data-dir DIR] [--json]
      Recompute the audit trail's hash chain (read-only). Exit 1 when an entry was altered or removed.
  aim-licence audit-pack verify PACK.zip
      Check an audit pack's files against its manifest of SHA-256 hashes.
  aim-licence backup create|list|verify|restore …
      Online backups of the data folder (see \`aim-licence backup --help\`).
  aim-licence evidence read FILE [--json]
      Read a supplier certificate (PDF or scan) offline and print the smelt, cast, date, issuer
      and product it states, as proposals with their source text. Exit 2: unreadable.
  aim-licence vault enable [--data-dir DIR]
      Protect the data folder with a passphrase (from AIM_NEW_PASSPHRASE, or asked twice).

  A data folder protected with a passphrase (Settings, "Protect the data with a passphrase") is
  opened with the passphrase in AIM_PASSPHRASE, or the command asks for it in a terminal.`;

/** Runs one command; returns the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // Record-keeping commands have options of their own; they parse their arguments themselves.
  if (argv[0] === 'audit') return runAuditCommand(argv.slice(1), io);
  if (argv[0] === 'backup') return runBackupCommand(argv.slice(1), io);
  if (argv[0] === 'audit-pack') return runAuditPackCommand(argv.slice(1), io);
  if (argv[0] === 'evidence') return runEvidenceCommand(argv.slice(1), io);
  if (argv[0] === 'vault') return runVaultCommand(argv.slice(1), io);
  if (argv[0] === 'reference') return runReferenceCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        'entry-type': { type: 'string' },
        hts: { type: 'string', multiple: true },
        'value-usd': { type: 'string', multiple: true },
        'import-date': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || !command) {
    io.out(usage);
    return command || values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(
          file,
          { json: values.json, asOf: values['as-of'], dataDir: values['data-dir'] },
          io,
        );
      case 'import':
        return await importCommand(file, { dataDir: values['data-dir'], skipInvalid: values['skip-invalid'] }, io);
      case 'export':
        return await exportCommand({ dataDir: values['data-dir'], format: values.format, out: values.out }, io);
      case 'need-licence':
        return needLicenceCommand(
          {
            entryType: values['entry-type'],
            hts: values.hts,
            valueUsd: values['value-usd'],
            importDate: values['import-date'],
            json: values.json,
          },
          io,
        );
      case 'template':
        // One `out` per row (the example has no line breaks inside cells).
        for (const row of toCanonicalCsv(templateRows(localIsoDate(new Date())))
          .trimEnd()
          .split('\r\n'))
          io.out(row);
        return 0;
      default:
        io.err(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof AppError) {
      if (values.json) io.out(JSON.stringify({ error: error.toPayload() }));
      io.err(`aim-licence: ${error.message}`);
      return error.code === 'UNREADABLE_FILE' || error.code === 'VALIDATION' || error.code === 'PAYLOAD_TOO_LARGE'
        ? 2
        : 1;
    }
    io.err(`aim-licence: unexpected failure: ${(error as Error).stack ?? String(error)}`);
    if (values['data-dir'])
      createAppLog({ dataDir: values['data-dir'], name: 'cli', console: false }).logError(error, `cli ${command}`);
    return 1;
  }
}
