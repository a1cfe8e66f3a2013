import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '#shared/contract';
import { exportFormatSchema, type ImportPreview } from '#shared/contract/imports';
import { licenceQuerySchema } from '#shared/contract/licences';
import { countOf } from '#shared/text/plural';

import type { CliIo } from './cli-io';
import { cliCall, openDataFolder } from './cli-passphrase';

function needDataDir(dataDir: string | undefined): string {
  if (!dataDir)
    throw new AppError('VALIDATION', '--data-dir DIR is required: the folder that holds aim-licences.sqlite3.');
  return path.resolve(dataDir);
}

/** `aim-licence import FILE --data-dir DIR`: the same preview and all-or-nothing commit as the app. */
export async function importCommand(
  file: string | undefined,
  options: { dataDir?: string | undefined; skipInvalid: boolean },
  io: CliIo,
): Promise<number> {
  if (!file) throw new AppError('VALIDATION', 'Name the file to import: aim-licence import FILE --data-dir DIR');
  const dataDir = needDataDir(options.dataDir);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('UNREADABLE_FILE', `${file} cannot be read: ${(error as Error).message}.`);
  }
  const core = await openDataFolder({ dataDir, host: 'in-process' });
  try {
    const fileName = path.basename(file);
    const contentBase64 = Buffer.from(bytes).toString('base64');
    const preview = await cliCall<ImportPreview>(core, 'imports.preview', { fileName, contentBase64 });
    if (!preview.importId) {
      throw new AppError(
        'UNREADABLE_FILE',
        `${path.basename(file)} is not a licence file: it has no ${preview.missingColumns.join(' or ')} column.`,
      );
    }
    for (const licence of preview.licences) {
      for (const issue of licence.issues.filter((i) => i.severity === 'error'))
        io.err(`row ${issue.row ?? '?'}  ${issue.code}  ${issue.message.replace(/^Row \d+: /, '')}`);
    }
    const result = await cliCall<{ created: string[]; skipped: number }>(core, 'imports.commit', {
      importId: preview.importId,
      skipInvalid: options.skipInvalid,
    });
    io.out(
      `Imported ${countOf(result.created.length, 'licence')} as drafts into ${dataDir}${result.skipped > 0 ? `; left out ${result.skipped} with errors` : ''} (${countOf(preview.rowCount, 'row')} read).`,
    );
    return 0;
  } finally {
    core.close();
  }
}

/** `aim-licence export --data-dir DIR --format csv|register-csv|json [--out FILE]`. */
export async function exportCommand(
  options: { dataDir?: string | undefined; format?: string | undefined; out?: string | undefined },
  io: CliIo,
): Promise<number> {
  const dataDir = needDataDir(options.dataDir);
  const format = exportFormatSchema.safeParse(options.format);
  if (!format.success)
    throw new AppError(
      'VALIDATION',
      `--format must be csv (the licence file), register-csv (one row per licence) or json, not "${options.format ?? ''}".`,
    );
  if (!fs.existsSync(path.join(dataDir, 'aim-licences.sqlite3')))
    throw new AppError('NOT_FOUND', `There is no AIM Licences data in ${dataDir}.`);
  const core = await openDataFolder({ dataDir, host: 'in-process' });
  try {
    const file = await cliCall<{ content: string; count: number }>(core, 'licences.export', {
      format: format.data,
      query: licenceQuerySchema.omit({ offset: true, limit: true }).parse({}),
    });
    if (options.out) {
      fs.writeFileSync(options.out, file.content);
      io.err(`Exported ${countOf(file.count, 'licence')} to ${options.out}.`);
    } else {
      process.stdout.write(file.content);
    }
    return 0;
  } finally {
    core.close();
  }
}
