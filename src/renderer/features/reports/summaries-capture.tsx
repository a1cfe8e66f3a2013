import { useEffect, useRef } from 'react';

import { useRpc } from '#renderer/api/client-context';
import { useReference } from '#renderer/reference/use-reference';
import type { ReportSelection } from '#shared/reports/report-selection';

import { SummariesDocument } from './summaries-document';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The app's own stylesheets as text (same origin, so readable through the CSSOM). */
function appStyles(): string {
  return [...document.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** A standalone, print-ready HTML file of rendered summaries: the same markup and styles as the print view. */
export function printableHtml(content: HTMLElement, title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${appStyles()}</style>`,
    '</head>',
    `<body><div class="print-document">${content.innerHTML}</div></body>`,
    '</html>',
  ].join('\n');
}

/**
 * Renders the summaries of a selection off screen and hands back the page as HTML: how the
 * browser version puts the same printed summaries into an audit pack that the desktop app puts
 * there as PDF. Nothing here is shown or focusable.
 */
export function SummariesCapture({
  selection,
  title,
  onCaptured,
  onFailed,
}: {
  selection: ReportSelection;
  title: string;
  onCaptured: (html: string) => void;
  onFailed: (message: string) => void;
}) {
  const report = useRpc('reports.summaries', { selection }, { staleTime: 0 });
  const { reference } = useReference();
  const area = useRef<HTMLDivElement>(null);
  // Hand the page over once, even if the effect runs again (React's strict mode runs it twice).
  const handed = useRef(false);
  const ready = Boolean(report.data && reference);

  useEffect(() => {
    if (report.error) onFailed(report.error.message);
  }, [report.error, onFailed]);
  useEffect(() => {
    // After React has committed the document: the markup is complete.
    if (!ready || !area.current || handed.current) return;
    handed.current = true;
    onCaptured(printableHtml(area.current, title));
  }, [ready, title, onCaptured]);

  return (
    <div ref={area} className="capture-area" aria-hidden="true" inert>
      {report.data && reference ? <SummariesDocument report={report.data} reference={reference} /> : null}
    </div>
  );
}
