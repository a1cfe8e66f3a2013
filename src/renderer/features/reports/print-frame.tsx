import { type ReactNode, useEffect, useEffectEvent } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { useCommandHandler } from '#renderer/app/commands/command-handlers';
import { ErrorBanner } from '#renderer/components/error-banner';
import { useSaveFile } from '#renderer/files/files-context';

import { takePrintRequest } from './print-request';

import '#renderer/styles/reports.css';

export type PrintState = 'loading' | 'ready' | 'failed';

/**
 * Tells whoever prints this page when it is complete: the desktop app's PDF renderer, the
 * benchmark and the tests wait for `data-print-state="ready"` on <html> before printing.
 */
function usePrintState(state: PrintState, title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.printState = state;
    return () => {
      delete root.dataset.printState;
    };
  }, [state]);
  useEffect(() => {
    // The browser offers the page title as the PDF's file name.
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/**
 * A print view: on screen, a toolbar over sheets of Letter paper (the print preview); on paper,
 * the sheets alone. One layout serves the browser's Print, the desktop app's PDF and the tests.
 */
export function PrintFrame({
  title,
  route,
  fileName,
  state,
  children,
}: {
  title: string;
  route: string;
  fileName: string;
  state: PrintState;
  children: ReactNode;
}) {
  const [, navigate] = useLocation();
  const capabilities = useRpc('reports.capabilities', {}, { staleTime: Infinity });
  const printToPdf = useAction('reports.printToPdf');
  const saving = printToPdf.busy;
  const saveFile = useSaveFile();
  usePrintState(state, fileName.replace(/\.pdf$/i, ''));
  const pdfHere = capabilities.data?.pdf ?? false;

  /** The desktop app renders the PDF with printToPDF, then asks where to save it. */
  const savePdf = async () => {
    const pdf = await printToPdf.run({ route, fileName });
    if (!pdf) return;
    await saveFile('summary-pdf', {
      fileName: pdf.fileName,
      mediaType: 'application/pdf',
      content: { base64: pdf.contentBase64 },
    });
  };

  // The system print dialog; the browser version's PDFs come from it too ("Save as PDF" printer).
  const print = () => window.print();
  const ready = state === 'ready';
  useCommandHandler('file.print', ready ? print : null);
  useCommandHandler('file.savePdf', ready ? () => (pdfHere ? void savePdf() : print()) : null);
  // Print or Save as PDF asked for on the screen before (the licence page, the register).
  const doRequested = useEffectEvent(() => {
    const wanted = takePrintRequest();
    if (wanted === 'print' || (wanted === 'pdf' && !pdfHere)) print();
    else if (wanted === 'pdf') void savePdf();
  });
  const known = capabilities.data !== undefined;
  useEffect(() => {
    // After this render: the print dialog (or the PDF) starts from a complete page.
    if (ready && known) void Promise.resolve().then(doRequested);
  }, [ready, known]);

  return (
    <div className="print-view">
      <header className="print-toolbar" aria-label="Print preview">
        <Button
          className="button button-quiet"
          onPress={() => (window.history.length > 1 ? window.history.back() : navigate('/reports'))}
        >
          ← Back
        </Button>
        <h1 className="print-toolbar-title">{title}</h1>
        <div className="print-toolbar-actions">
          {capabilities.data?.pdf ? (
            <Button
              className="button button-secondary"
              isDisabled={state !== 'ready' || saving}
              onPress={() => void savePdf()}
            >
              {saving ? 'Making PDF…' : 'Save as PDF'}
            </Button>
          ) : (
            <span className="muted small print-hint">
              To save a PDF, choose Print and pick “Save as PDF” as the printer.
            </span>
          )}
          <Button className="button button-primary" isDisabled={state !== 'ready'} onPress={() => window.print()}>
            Print…
          </Button>
        </div>
      </header>
      <ErrorBanner message={printToPdf.error && `The PDF could not be made: ${printToPdf.error.message}`} />
      <div className="print-document" data-testid="print-document">
        {children}
      </div>
    </div>
  );
}
