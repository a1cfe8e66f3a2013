import { z } from 'zod';
import { auditPackResultSchema, packVerificationSchema } from '../reports/audit-pack-schema';
import { handoffEntrySchema, handoffSchema } from '../reports/handoff-schema';
import { printRouteSchema, reportSelectionSchema } from '../reports/report-selection';
import { summaryReportSchema } from '../reports/summary-schema';
import { noInput, procedure } from './define';

const textFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });

export const reportProcedures = {
  'reports.summaries': procedure(
    'Everything the printed licence summaries show, for a selection of licences or a range of expected import dates: every field, product lines with unit values and ACE record 07 values, a fresh validation, supplier documents with SHA-256 hashes, and the audit trail.',
    z.object({ selection: reportSelectionSchema }).strict(),
    summaryReportSchema,
  ),
  'reports.capabilities': procedure(
    'What this host can produce itself: the desktop app renders print views to PDF; the browser version prints through the browser.',
    noInput,
    z.object({ pdf: z.boolean(), reason: z.string() }),
  ),
  'reports.printToPdf': procedure(
    'Render a print view (licence summaries or the fallback form) to a PDF file, in the desktop app. The browser version answers UNAVAILABLE: print from the browser and choose "Save as PDF".',
    z
      .object({
        route: printRouteSchema,
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+\.pdf$/i, { error: 'must be a file name ending in .pdf' }),
      })
      .strict(),
    z.object({ fileName: z.string(), contentBase64: z.string(), sizeBytes: z.number().int() }),
  ),
  'handoff.entries': procedure(
    'Customs entries that licences name (field 02 or "used on entry"), newest import first, for the broker hand-off.',
    noInput,
    z.array(handoffEntrySchema),
  ),
  'handoff.entry': procedure(
    'The broker hand-off for one customs entry: licence type code 28, licence numbers, HTS lines and the ACE record 07 smelt/cast values, with pre-flight checks for what ACE rejects; as CSV and JSON.',
    z.object({ entryNumber: z.string().trim().min(1, { error: 'Enter an entry number.' }).max(20) }).strict(),
    z.object({ handoff: handoffSchema, csv: textFile, json: textFile }),
  ),
  'reports.auditPack': procedure(
    'One ZIP for an auditor: the licence summaries (PDF in the desktop app, print-ready HTML from the browser version), their data, the supplier evidence files (hash-checked), the audit trail and a manifest of SHA-256 hashes. The manifest hash is recorded in the audit trail.',
    z.object({ selection: reportSelectionSchema, summariesHtml: z.string().max(60_000_000).optional() }).strict(),
    auditPackResultSchema,
  ),
  'reports.verifyAuditPack': procedure(
    'Check an audit pack: every file against the manifest, no file added, audit entries against their hashes, and whether this app made it.',
    z
      .object({
        fileName: z.string().max(1000),
        contentBase64: z
          .string()
          .max(64_000_000, { error: 'The pack is too large to check here; use `aim-licence audit-pack verify FILE`.' }),
      })
      .strict(),
    packVerificationSchema,
  ),
};
