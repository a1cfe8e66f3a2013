import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { LicenceService } from '#core/licences/licence-service';
import type { LicenceValidator } from '#core/licences/licence-validator';
import type { ProfileService } from '#core/profile/profile-service';
import type { ReferenceStore } from '#core/reference/reference-store';
import type { DocumentService } from '#core/suppliers/documents/document-service';
import { decodeBase64 } from '#core/suppliers/documents/file-store';
import { AppError, type Handlers } from '#shared/contract';
import type { AppSettings } from '#shared/settings/app-settings';

import { createAuditPackBuilder } from './audit-pack';
import { createHandoffService } from './handoff-service';
import type { PdfRenderer } from './pdf-renderer';
import { createReportLicences } from './report-licences';
import { createSummaryService } from './summary-service';
import { verifyAuditPack } from './verify-audit-pack';

export interface ReportsModuleDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly reference: ReferenceStore;
  readonly settings: () => AppSettings;
  readonly validator: LicenceValidator;
  readonly licences: LicenceService;
  readonly profile: ProfileService;
  readonly documents: DocumentService;
  readonly appVersion: string;
  /** The host's print engine (the desktop app's); absent in the web host, the CLI and tests. */
  readonly pdfRenderer?: PdfRenderer | undefined;
}

type ReportProcedureName = Extract<keyof Handlers, `reports.${string}` | `handoff.${string}`>;

const noPdf =
  'Saving straight to PDF is done by the desktop app. In the browser version, use Print and choose "Save as PDF" as the printer: the page is laid out for it.';

/** Licence summaries, the broker hand-off and the audit pack, as one part of the core's handlers map. */
export function createReportsModule(deps: ReportsModuleDeps) {
  const { db, clock, audit, reference, settings, validator, licences, profile, documents, appVersion, pdfRenderer } =
    deps;
  const selections = createReportLicences(db);
  const summaries = createSummaryService({ db, clock, reference, validator, licences, profile, selections });
  const handoff = createHandoffService({ db, clock, reference, settings, licences });
  const packs = createAuditPackBuilder({ db, clock, audit, summaries, documents, appVersion, pdfRenderer });
  const packRecorded = db.prepare<[string], { seq: number }>(
    "SELECT seq FROM audit_log WHERE entity = 'system' AND action = 'audit-pack:create' AND json_extract(after, '$.manifestSha256') = ? LIMIT 1",
  );

  const handlers: Pick<Handlers, ReportProcedureName> = {
    'reports.summaries': ({ selection }) => summaries.report(selection),
    'reports.capabilities': () => ({
      pdf: pdfRenderer !== undefined,
      reason: pdfRenderer ? 'The desktop app renders print views to PDF.' : noPdf,
    }),
    'reports.printToPdf': async ({ route, fileName }) => {
      if (!pdfRenderer) throw new AppError('UNAVAILABLE', noPdf);
      const pdf = await pdfRenderer(route);
      return { fileName, contentBase64: Buffer.from(pdf).toString('base64'), sizeBytes: pdf.length };
    },
    'handoff.entries': () => handoff.entries(),
    'handoff.entry': ({ entryNumber }) => handoff.entry(entryNumber),
    'reports.auditPack': ({ selection, summariesHtml }) => packs.build(selection, summariesHtml),
    'reports.verifyAuditPack': ({ fileName, contentBase64 }) =>
      verifyAuditPack({ bytes: decodeBase64(contentBase64, fileName) }, (sha) => packRecorded.get(sha) !== undefined),
  };

  return { summaries, handoff, packs, handlers };
}
export type ReportsModule = ReturnType<typeof createReportsModule>;
