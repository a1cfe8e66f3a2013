import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { LicenceService } from '#core/licences/licence-service';
import type { LicenceValidator } from '#core/licences/licence-validator';
import type { ProfileService } from '#core/profile/profile-service';
import type { ReferenceStore } from '#core/reference/reference-store';
import { isIsoDate, localIsoDate } from '#shared/dates/iso-date';
import { draftOf, type Licence } from '#shared/licences/licence-schema';
import { unitValueUsdPerTonne } from '#shared/licences/unit-value';
import { htsDigits } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { aceRecord07 } from '#shared/reports/ace-record07';
import type { ReportSelection } from '#shared/reports/report-selection';
import type { LicenceSummaryDoc, SummaryReport } from '#shared/reports/summary-schema';

import { createLineProvenance } from './line-provenance';
import type { ReportLicences } from './report-licences';

export interface SummaryServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly reference: ReferenceStore;
  readonly validator: LicenceValidator;
  readonly licences: LicenceService;
  readonly profile: ProfileService;
  readonly selections: ReportLicences;
}

/**
 * Assembles the printed summaries in one read transaction, so a batch never mixes a licence
 * before and after a concurrent save. The validation is run for the occasion (today, the
 * reference data in force now) and is not written back: printing changes nothing.
 */
export function createSummaryService({
  db,
  clock,
  reference,
  validator,
  licences,
  profile,
  selections,
}: SummaryServiceDeps) {
  const provenance = createLineProvenance(db);

  function summarise(licence: Licence, index: ReferenceIndex, asOf: string): LicenceSummaryDoc {
    const { result, summary } = validator.check(draftOf(licence), {
      id: licence.id,
      status: licence.status,
      validFrom: licence.validFrom,
      validThrough: licence.validThrough,
    });
    const hts = index.htsOn(isIsoDate(licence.expectedImportDate) ? licence.expectedImportDate : asOf);
    const sources = provenance.forLicence(licence.id);
    const quantityKg = licence.lines.reduce((sum, line) => sum + (line.quantityKg ?? 0), 0);
    const valueUsd = licence.lines.reduce((sum, line) => sum + (line.valueUsd ?? 0), 0);
    return {
      licence,
      lines: licence.lines.map((line, i) => {
        const hts10 = htsDigits(line.htsCode);
        return {
          id: line.id,
          number: i + 1,
          htsCode: hts10,
          description: hts.byCode.get(hts10)?.description ?? '',
          category: hts.category(hts10) ?? '',
          quantityKg: line.quantityKg,
          valueUsd: line.valueUsd,
          unitValueUsdPerTonne: unitValueUsdPerTonne(line.valueUsd, line.quantityKg),
          smeltCountryLargest: line.smeltCountryLargest,
          smeltCountrySecond: line.smeltCountrySecond,
          castCountry: line.castCountry,
          record07: aceRecord07(line),
          ...(sources.get(line.id) ?? { supplier: null, product: null, document: null }),
        };
      }),
      totals: { quantityKg, valueUsd, unitValueUsdPerTonne: unitValueUsdPerTonne(valueUsd, quantityKg) },
      validation: {
        valid: result.valid,
        errors: result.errors,
        warnings: result.warnings,
        infos: result.infos,
        dataVersion: summary.dataVersion,
        asOf: summary.asOf,
        issues: result.issues,
      },
      history: licences.history(licence.id),
      audit: provenance.auditOf(licence.id),
    };
  }

  return {
    report(selection: ReportSelection): SummaryReport {
      return db.transaction(() => {
        const ids = selections.resolve(selection);
        const index = reference.current();
        const asOf = localIsoDate(clock.now());
        return {
          generatedAt: clock.now().toISOString(),
          asOf,
          dataVersion: index.version,
          filer: profile.get(),
          selectionLabel: selections.describe(selection, ids.length),
          licences: ids.map((id) => summarise(licences.get(id), index, asOf)),
        };
      })();
    },
  };
}
export type SummaryService = ReturnType<typeof createSummaryService>;
