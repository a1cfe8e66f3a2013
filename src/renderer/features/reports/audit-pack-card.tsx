import { useCallback, useState } from 'react';
import type { AuditPackResult } from '../../../shared/reports/audit-pack-schema';
import type { ImportRange } from '../../../shared/reports/report-selection';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import { RangeForm } from './range-form';
import { useSaveFile } from '../../files/files-context';
import { SummariesCapture } from './summaries-capture';
import { countOf } from '../../../shared/text/plural';
import { Card } from '../../components/card';

const summariesWords: Record<AuditPackResult['summariesFormat'], string> = {
  pdf: 'the summaries as PDF',
  html: 'the summaries as a print-ready HTML page',
  'data-only': 'the summaries as data',
};

/**
 * One ZIP for an auditor. The desktop app prints the summaries to PDF itself; the browser
 * version renders them here first and sends the page along as HTML (see summaries-capture).
 */
export function AuditPackCard({ initial }: { initial: ImportRange }) {
  const auditPack = useAction('reports.auditPack');
  const { run: makePack } = auditPack;
  const capabilities = useRpc('reports.capabilities', {}, { staleTime: Infinity });
  const [pending, setPending] = useState<ImportRange | null>(null);
  const [result, setResult] = useState<AuditPackResult | null>(null);
  const saveFile = useSaveFile();

  const build = useCallback(
    async (range: ImportRange, summariesHtml?: string) => {
      const pack = await makePack({ selection: range, ...(summariesHtml ? { summariesHtml } : {}) });
      setPending(null);
      if (!pack) return;
      setResult(pack);
      const saved = await saveFile('audit-pack', {
        fileName: pack.fileName,
        mediaType: 'application/zip',
        content: { base64: pack.contentBase64 },
      });
      if (saved && pack.problems.length > 0)
        notify({ tone: 'info', title: `${pack.fileName}: to check`, detail: pack.problems[0] });
    },
    [makePack, saveFile],
  );
  const onCaptured = useCallback((html: string) => pending && void build(pending, html), [pending, build]);
  const onFailed = useCallback((message: string) => {
    setPending(null);
    notify({ tone: 'error', title: 'The audit pack could not be made', detail: message });
  }, []);

  const start = (range: ImportRange) => {
    setResult(null);
    setPending(range);
    // Without a print engine here, the summaries are rendered first (SummariesCapture below).
    if (capabilities.data?.pdf) void build(range);
  };

  return (
    <Card titleId="pack-title" title="Audit pack">
      <p className="muted">
        One ZIP with the licence summaries, the supplier evidence files (hash-checked), the audit trail of those
        licences, documents and suppliers, and a manifest of SHA-256 hashes. The manifest&rsquo;s hash is recorded in
        the audit trail.
      </p>
      <RangeForm
        label="Audit pack for a period"
        initial={initial}
        submitLabel={pending ? 'Making the pack…' : 'Make audit pack'}
        busy={pending !== null}
        onSubmit={start}
      />
      <ErrorBanner message={auditPack.error && `The audit pack could not be made: ${auditPack.error.message}`} />
      {pending && capabilities.data && !capabilities.data.pdf ? (
        <SummariesCapture
          selection={pending}
          title="AIM licence summaries"
          onCaptured={onCaptured}
          onFailed={onFailed}
        />
      ) : null}
      {result ? (
        <div className="pack-result" role="status">
          <p>
            <strong>{result.fileName}</strong>: {countOf(result.licences, 'licence')}, {result.files} files, with{' '}
            {summariesWords[result.summariesFormat]}.
          </p>
          <p className="muted small">
            Manifest SHA-256: <span className="pack-hash">{result.manifestSha256}</span>
          </p>
          {result.problems.length > 0 ? (
            <ul className="issue-list">
              {result.problems.map((problem) => (
                <li key={problem} className="issue issue-warning">
                  {problem}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
