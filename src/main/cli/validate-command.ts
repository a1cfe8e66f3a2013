import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract';
import { isIsoDate, localIsoDate } from '../../shared/dates/iso-date';
import { checkParsedLicence } from '../../shared/import/check-parsed-licences';
import { mappedRowReader, missingRequired, suggestMapping } from '../../shared/import/column-mapping';
import { rowsToLicences } from '../../shared/import/rows-to-licences';
import { bundledReference, type ReferenceIndex } from '../../shared/reference/reference-data';
import { fileabilityRules } from '../../shared/rules/licence-rules';
import { defaultRuleSettings } from '../../shared/rules/rule';
import { databaseFileName } from '../core/data-dir';
import { readTableValues } from '../core/import/read-table';
import type { CliIo } from './cli-io';
import { openDataFolder } from './cli-passphrase';
import { countOf } from '../../shared/text/plural';

export interface ValidationReport {
  asOf: string;
  dataVersion: string;
  licences: {
    ref: string;
    valid: boolean;
    issues: { code: string; severity: string; path: string; row: number | null; message: string }[];
  }[];
  summary: { licences: number; valid: number; invalid: number; warnings: number };
}

/**
 * Reads a licence file and judges, without touching any licence in a database, whether each
 * licence in it could be filed as of `asOf` (the filing window is an error here, not a draft-time
 * notice): with the bundled reference data, or with a data folder's (its imported revisions).
 */
export async function validateFile(
  file: string,
  asOf: string,
  reference: ReferenceIndex = bundledReference,
): Promise<ValidationReport> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${file} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`,
    );
  }
  const table = await readTableValues(bytes, path.basename(file));
  const mapping = suggestMapping(table.headers.filter((h) => h !== ''));
  const missing = missingRequired(mapping);
  if (missing.length > 0) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${path.basename(file)} is not a licence file: it has no ${missing.join(' or ')} column (see \`aim-licence template\`).`,
    );
  }
  const read = mappedRowReader(table.headers, mapping);
  const parsed = rowsToLicences(table.rows.map((r) => ({ row: r.row, values: read(r.values) })));
  const licences = parsed.map((licence) => {
    const checked = checkParsedLicence(licence, { asOf, reference, settings: defaultRuleSettings }, fileabilityRules);
    return {
      ref: checked.ref,
      valid: checked.valid,
      issues: checked.issues.map((i) => ({
        code: i.code,
        severity: i.severity,
        path: i.path,
        row: i.row ?? null,
        message: i.message,
      })),
    };
  });
  const valid = licences.filter((l) => l.valid).length;
  return {
    asOf,
    dataVersion: reference.version,
    licences,
    summary: {
      licences: licences.length,
      valid,
      invalid: licences.length - valid,
      warnings: licences.reduce((n, l) => n + l.issues.filter((i) => i.severity === 'warning').length, 0),
    },
  };
}

/** A data folder's reference data (bundled plus imported), for as long as `use` runs. */
async function withFolderReference<T>(dataDir: string, use: (reference: ReferenceIndex) => Promise<T>): Promise<T> {
  const folder = path.resolve(dataDir);
  if (!fs.existsSync(path.join(folder, databaseFileName)))
    throw new AppError('NOT_FOUND', `There is no AIM Licences data in ${folder}.`);
  const core = await openDataFolder({ dataDir: folder, host: 'in-process' });
  try {
    return await use(core.reference.current());
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
  const report = options.dataDir
    ? await withFolderReference(options.dataDir, (reference) => validateFile(file, asOf, reference))
    : await validateFile(file, asOf);
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
