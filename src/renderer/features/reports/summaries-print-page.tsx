import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { useReference } from '#renderer/reference/use-reference';
import { reportSelectionSchema, selectionFileStem, summariesRoute } from '#shared/reports/report-selection';

import { PrintFrame } from './print-frame';
import { SummariesDocument } from './summaries-document';

/** The print preview of licence summaries; the selection comes from the address (see report-selection.ts). */
export function SummariesPrintPage({ selection: raw }: { selection: unknown }) {
  const parsed = reportSelectionSchema.safeParse(raw);
  const selection = parsed.success ? parsed.data : { ids: ['-'] };
  const report = useRpc('reports.summaries', { selection }, { enabled: parsed.success, staleTime: 0 });
  const { reference } = useReference();
  const route = summariesRoute(selection);
  const fileName = `${selectionFileStem(selection, report.data?.asOf ?? 'today')}.pdf`;
  const single = report.data?.licences.length === 1 ? report.data.licences[0]!.licence : null;
  const title = single ? `Licence summary ${single.reference || ''}`.trim() : 'Licence summaries';
  const state = !parsed.success || report.error ? 'failed' : report.data && reference ? 'ready' : 'loading';

  return (
    <PrintFrame
      title={title}
      route={route}
      fileName={
        single?.reference ? `aim-licence-summary-${single.reference.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf` : fileName
      }
      state={state}
    >
      {!parsed.success ? (
        <p className="banner banner-error" role="alert">
          This print address does not name licences or a date range ({parsed.error.issues[0]?.message}). Open it again
          from Reports or the register.
        </p>
      ) : report.error ? (
        <ErrorBanner message={report.error.message} />
      ) : report.data && reference ? (
        <SummariesDocument report={report.data} reference={reference} />
      ) : (
        <p className="muted">Preparing the summaries…</p>
      )}
    </PrintFrame>
  );
}
