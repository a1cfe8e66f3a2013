import { createHash } from 'node:crypto';

import { strToU8, type ZipOptions, zipSync } from 'fflate';
import Papa from 'papaparse';

import type { AuditLog, AuditRow } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { DocumentService } from '#core/suppliers/documents/document-service';
import { AppError } from '#shared/contract';
import { neutraliseCell } from '#shared/csv/neutralise-cell';
import { localIsoDate } from '#shared/dates/iso-date';
import {
  auditPackFormat,
  type AuditPackManifest,
  type AuditPackResult,
  type PackFile,
  type SummariesFormat,
} from '#shared/reports/audit-pack-schema';
import { isIdSelection, type ReportSelection, summariesRoute } from '#shared/reports/report-selection';
import type { SummaryDocument, SummaryReport } from '#shared/reports/summary-schema';
import { formatBytes } from '#shared/suppliers/attachment-rules';
import { documentTypeLabels } from '#shared/suppliers/document-schema';

import { createPathRegistry, safeFileName, safeSegment } from './pack-paths';
import type { PdfRenderer } from './pdf-renderer';
import type { SummaryService } from './summary-service';

/** The pack travels as base64 in one reply; beyond this, narrow the selection (or use the CLI). */
export const maxPackBytes = 300 * 1024 * 1024;

export interface AuditPackDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly summaries: SummaryService;
  readonly documents: DocumentService;
  readonly appVersion: string;
  readonly pdfRenderer?: PdfRenderer | undefined;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
// Already-compressed content (PDF, images, spreadsheets) is stored as is; text is deflated.
const stored: ZipOptions = { level: 0 };
const deflated: ZipOptions = { level: 6 };

const summariesNotes: Record<SummariesFormat, string> = {
  pdf: 'summaries/licence-summaries.pdf was rendered by the desktop app from the same print view as its Print command.',
  html: 'summaries/licence-summaries.html is the print view of the browser version, self-contained: open it in a browser and print it (or save it as PDF). The desktop app puts a PDF here instead.',
  'data-only':
    'No printed summaries: this pack was made without a print engine (command line). summaries/licence-summaries.json holds every value the printed summary shows; print them from the app.',
};

function readme(manifest: AuditPackManifest): string {
  return [
    'AIM Licences audit pack',
    '',
    `Made ${manifest.createdAt} by AIM Licences ${manifest.appVersion} for: ${manifest.selection}.`,
    '',
    'Contents',
    '  manifest.json                      every file below with its SHA-256 hash and size',
    '  summaries/                         the licence summaries and the data behind them',
    '  evidence/<supplier>/<document>/     the supplier documents linked to the licence lines',
    '  audit/audit-trail.json (and .csv)  the audit trail of these licences, documents, suppliers and products',
    '',
    manifest.summaries.note,
    '',
    'Checking the pack',
    "  Each file's SHA-256 must equal the one in manifest.json (e.g. `sha256sum FILE` or `certutil -hashfile FILE SHA256`).",
    '  `aim-licence audit-pack verify PACK.zip` checks all of them, looks for added files and recomputes every',
    "  audit entry's hash. The app that made the pack records the SHA-256 of manifest.json in its own audit trail.",
    '  An evidence file marked "intact": false no longer matched the hash recorded when it was attached; it is',
    '  included as found so the difference can be examined.',
    '',
  ].join('\r\n');
}

/**
 * Builds the ZIP an auditor gets. Evidence files are read through the documents service, which
 * re-hashes every file; the audit entries are copied with their stored text, so each one's hash
 * can be recomputed outside the app. The manifest's own hash goes into the audit trail, in a
 * transaction of its own, as the record that this pack was made and what it held.
 */
export function createAuditPackBuilder({
  db,
  clock,
  audit,
  summaries,
  documents,
  appVersion,
  pdfRenderer,
}: AuditPackDeps) {
  const entriesOf = db.prepare<[string, string], AuditRow>(
    'SELECT * FROM audit_log WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY seq',
  );

  function auditRows(report: SummaryReport): AuditRow[] {
    const lines = report.licences.flatMap((doc) => doc.lines);
    const ids = {
      licence: report.licences.map((doc) => doc.licence.id),
      document: lines.flatMap((line) => (line.document ? [line.document.id] : [])),
      supplier: lines.flatMap((line) => (line.supplier ? [line.supplier.id] : [])),
      product: lines.flatMap((line) => (line.product ? [line.product.id] : [])),
    };
    return Object.entries(ids)
      .flatMap(([entity, list]) => (list.length === 0 ? [] : entriesOf.all(entity, JSON.stringify([...new Set(list)]))))
      .sort((a, b) => a.seq - b.seq);
  }

  function auditCsv(rows: readonly AuditRow[]): string {
    const table = [
      ['Seq', 'At', 'Actor', 'Entity', 'Entity id', 'Action', 'Hash'],
      ...rows.map((r) => [String(r.seq), r.at, r.actor, r.entity, r.entity_id, r.action, r.hash].map(neutraliseCell)),
    ];
    return Papa.unparse(table, { newline: '\r\n', quotes: true });
  }

  return {
    async build(selection: ReportSelection, summariesHtml?: string): Promise<AuditPackResult> {
      const report = summaries.report(selection);
      if (report.licences.length === 0) {
        throw new AppError(
          'VALIDATION',
          `There are no licences in "${report.selectionLabel}": an audit pack needs at least one. Choose another period.`,
          {
            issues: [{ path: 'selection', message: 'no licences', rule: 'not-empty' }],
          },
        );
      }
      const createdAt = clock.now().toISOString();
      const zip: Record<string, [Uint8Array, ZipOptions]> = {};
      const files: PackFile[] = [];
      const problems: string[] = [];
      const missingFiles: AuditPackManifest['missingFiles'] = [];
      const claim = createPathRegistry();
      let total = 0;
      const add = (
        path: string,
        bytes: Uint8Array,
        kind: PackFile['kind'],
        options: ZipOptions,
        extra: Partial<PackFile> = {},
      ) => {
        total += bytes.length;
        if (total > maxPackBytes) {
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `This audit pack would be larger than ${formatBytes(maxPackBytes)} (the evidence files are large). Choose fewer licences or a shorter period.`,
          );
        }
        zip[path] = [bytes, { ...options, mtime: createdAt }];
        files.push({ path, sha256: sha256(bytes), sizeBytes: bytes.length, kind, ...extra });
      };

      const ids = report.licences.map((doc) => doc.licence.id);
      let format: SummariesFormat = 'data-only';
      if (pdfRenderer) {
        add('summaries/licence-summaries.pdf', await pdfRenderer(summariesRoute({ ids })), 'summaries', stored);
        format = 'pdf';
      } else if (summariesHtml) {
        add('summaries/licence-summaries.html', strToU8(summariesHtml), 'summaries', deflated);
        format = 'html';
      }
      add('summaries/licence-summaries.json', strToU8(`${JSON.stringify(report, null, 2)}\n`), 'data', deflated);

      const seen = new Set<string>();
      const documentsInPack: SummaryDocument[] = report.licences
        .flatMap((doc) => doc.lines.flatMap((line) => (line.document ? [line.document] : [])))
        .filter((doc) => !seen.has(doc.id) && seen.add(doc.id));
      for (const document of documentsInPack) {
        const folder = `evidence/${safeSegment(document.supplierName, 'supplier')}/${safeSegment(document.reference || documentTypeLabels[document.type], 'document')}-${document.id.slice(-8)}`;
        for (const file of document.files) {
          const opened = documents.readFile(document.id, file.id);
          if (opened.actualSha256 === null) {
            missingFiles.push({
              documentId: document.id,
              fileId: file.id,
              fileName: file.fileName,
              recordedSha256: file.sha256,
            });
            problems.push(
              `Evidence file "${file.fileName}" of ${document.supplierName}'s document ${document.reference || document.id} is missing from the store (recorded SHA-256 ${file.sha256}).`,
            );
            continue;
          }
          if (!opened.intact) {
            problems.push(
              `Evidence file "${file.fileName}" of ${document.supplierName}'s document ${document.reference || document.id} no longer matches the SHA-256 recorded when it was attached; it is included as found and marked "intact": false.`,
            );
          }
          const path = claim(`${folder}/${safeFileName(file.fileName, 'file')}`, file.id.slice(-6));
          add(
            path,
            Buffer.from(opened.contentBase64, 'base64'),
            'evidence',
            file.mediaType.startsWith('text/') ? deflated : stored,
            {
              documentId: document.id,
              fileId: file.id,
              recordedSha256: file.sha256,
              intact: opened.intact,
            },
          );
        }
      }

      const rows = auditRows(report);
      const trail = rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        entity: r.entity,
        entityId: r.entity_id,
        action: r.action,
        before: r.before,
        after: r.after,
        prevHash: r.prev_hash,
        hash: r.hash,
      }));
      add('audit/audit-trail.json', strToU8(`${JSON.stringify(trail, null, 2)}\n`), 'audit', deflated);
      add('audit/audit-trail.csv', strToU8(auditCsv(rows)), 'audit', deflated);
      const chain = audit.verify();
      if (!chain.ok)
        problems.push(
          `The app's audit trail failed its own check when this pack was made: ${chain.problem ?? 'unknown problem'}.`,
        );

      const manifestBase = {
        format: auditPackFormat,
        createdAt,
        appVersion,
        dataVersion: report.dataVersion,
        selection: report.selectionLabel,
        licences: report.licences.map(({ licence }) => ({
          id: licence.id,
          reference: licence.reference,
          licenceNumber: licence.licenceNumber,
          status: licence.status,
        })),
        summaries: { format, note: summariesNotes[format] },
        auditChain: { ok: chain.ok, entries: chain.entries, problem: chain.problem, included: rows.length },
        missingFiles,
        problems,
      } as const;
      add('README.txt', strToU8(readme({ ...manifestBase, files })), 'readme', deflated);
      const manifest: AuditPackManifest = { ...manifestBase, files };
      const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
      zip['manifest.json'] = [manifestBytes, { ...deflated, mtime: createdAt }];
      const manifestSha256 = sha256(manifestBytes);
      const packed = zipSync(zip);

      const stem = isIdSelection(selection)
        ? `${localIsoDate(clock.now())}-${ids.length}-licences`
        : `${selection.importFrom}-to-${selection.importTo}`;
      const fileName = `aim-audit-pack-${stem}.zip`;
      db.transaction(() => {
        audit.append({
          entity: 'system',
          entityId: 'audit-pack',
          action: 'audit-pack:create',
          after: {
            fileName,
            manifestSha256,
            selection: report.selectionLabel,
            licences: ids.length,
            files: files.length,
            summaries: format,
            problems: problems.length,
          },
        });
      })();
      return {
        fileName,
        contentBase64: Buffer.from(packed).toString('base64'),
        sizeBytes: packed.length,
        manifestSha256,
        licences: ids.length,
        files: files.length,
        summariesFormat: format,
        problems,
      };
    },
  };
}
export type AuditPackBuilder = ReturnType<typeof createAuditPackBuilder>;
