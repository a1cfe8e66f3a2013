import fs from 'node:fs';
import path from 'node:path';

import { databaseFileName } from '#core/data-dir';
import { checkLicenceFile } from '#core/imports/licence-file-check';
import { AppError } from '#shared/contract';
import type { LicenceFileCheck } from '#shared/contract/imports';
import { isIsoDate, localIsoDate } from '#shared/dates/iso-date';
import { bundledReference } from '#shared/reference/reference-data';
import { countOf } from '#shared/text/plural';

import type { CliIo } from './cli-io';
import { cliCall, openDataFolder } from './cli-passphrase';

/** Reads the file: a missing or unreadable one is reported as such (exit 2). */
function readLicenceFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${file} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`,
    );
  }
}

/** With a data folder's reference data (bundled plus imported): the core checks the file, through its dispatcher. */
async function checkInFolder(dataDir: string, fileName: string, bytes: Uint8Array, asOf: string) {
  const folder = path.resolve(dataDir);
  if (!fs.existsSync(path.join(folder, databaseFileName)))
    throw new AppError('NOT_FOUND', `There is no AIM Licences data in ${folder}.`);
  const core = await openDataFolder({ dataDir: folder, host: 'in-process' });
  try {
    const contentBase64 = Buffer.from(bytes).toString('base64');
    return await cliCall<LicenceFileCheck>(core, 'imports.check', { fileName, contentBase64, asOf });
  } finally {
    core.close();
  }
}
export async function validateCommand(
  file: string | undefined,
  options: { json: boolean; asOf?: string | undefined; dataDir?: string | undefined },
  io: CliIo,
): Promise<number> {
  if (!file)
    throw new AppError(
      'VALIDATION',
      'Name the file to check: aim-licence validate FILE [--json] [--as-of YYYY-MM-DD] [--data-dir DIR]',
    );
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    throw new AppError('VALIDATION', `--as-of must be a date as YYYY-MM-DD, not "${options.asOf}".`);
  const asOf = options.asOf ?? localIsoDate(new Date());
  const bytes = readLicenceFile(file);
  const fileName = path.basename(file);
  const report = options.dataDir
    ? await checkInFolder(options.dataDir, fileName, bytes, asOf)
    : await checkLicenceFile(bytes, fileName, asOf, bundledReference);
  if (options.json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    for (const licence of report.licences) {
      if (licence.issues.length === 0) continue;
      io.out(`${licence.ref || '(no licence_ref)'}: ${licence.valid ? 'valid' : 'INVALID'}`);
      for (const issue of licence.issues)
        io.out(
          `  row ${issue.row ?? '?'}  ${issue.severity.padEnd(7)} ${issue.code.padEnd(26)} ${issue.message.replace(/^Row \d+: /, '')}`,
        );
    }
    const s = report.summary;
    io.out(
      `${countOf(s.licences, 'licence')}: ${s.valid} valid, ${s.invalid} invalid, ${countOf(s.warnings, 'warning')}. Checked as of ${report.asOf} with reference data ${report.dataVersion}.`,
    );
  }
  return report.summary.invalid > 0 ? 1 : 0;
}
