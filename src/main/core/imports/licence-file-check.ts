import { AppError } from '#shared/contract';
import type { LicenceFileCheck } from '#shared/contract/imports';
import { checkParsedLicence } from '#shared/imports/check-parsed-licences';
import { mappedRowReader, missingRequired, suggestMapping } from '#shared/imports/column-mapping';
import { rowsToLicences } from '#shared/imports/rows-to-licences';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { fileabilityRules } from '#shared/rules/licence-rules';
import { defaultRuleSettings } from '#shared/rules/rule';

import { readTableValues } from './read-table';

/**
 * Reads a licence file and judges, without touching any licence in a database, whether each
 * licence in it could be filed as of `asOf` (the filing window is an error here, not a draft-time
 * notice): with the bundled reference data, or with a data folder's (its imported revisions).
 */
export async function checkLicenceFile(
  bytes: Uint8Array,
  fileName: string,
  asOf: string,
  reference: ReferenceIndex,
): Promise<LicenceFileCheck> {
  const table = await readTableValues(bytes, fileName);
  const mapping = suggestMapping(table.headers.filter((h) => h !== ''));
  const missing = missingRequired(mapping);
  if (missing.length > 0) {
    throw new AppError(
      'UNREADABLE_FILE',
      `${fileName} is not a licence file: it has no ${missing.join(' or ')} column (see \`aim-licence template\`).`,
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
