import { useEffect, useRef, useState } from 'react';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** A long scan is shown up to here; the rest is one export away. */
const maxPages = 30;

type RenderState =
  { state: 'loading' } | { state: 'done'; pages: number; total: number } | { state: 'failed'; message: string };

/**
 * Renders a PDF into canvases with pdf.js, inside the app's strict CSP: the worker is the app's
 * own file, no eval (isEvalSupported: false), no fetches (the bytes are handed over), nothing
 * but drawing. The browser's own PDF viewer is not used: it cannot run in a blob: frame under
 * this CSP and is absent from Electron without plugins.
 */
export function PdfPages({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<RenderState>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const host = container.current;
    if (!host) return;
    host.replaceChildren();
    let destroy: (() => Promise<void>) | null = null;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      // pdf.js takes ownership of the buffer it is given; hand it a copy.
      const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
      destroy = () => task.destroy();
      const pdf = await task.promise;
      const count = Math.min(pdf.numPages, maxPages);
      const width = Math.max(320, host.clientWidth - 2);
      for (let n = 1; n <= count && !cancelled; n += 1) {
        const page = await pdf.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const scale = width / base.width;
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
        canvas.className = 'pdf-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${title}, page ${n} of ${pdf.numPages}`);
        host.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      if (!cancelled) setStatus({ state: 'done', pages: count, total: pdf.numPages });
    })().catch((error: unknown) => {
      if (!cancelled) setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [bytes, title]);

  return (
    <div className="pdf-viewer" data-state={status.state}>
      {status.state === 'loading' ? <p className="muted">Rendering the PDF…</p> : null}
      {status.state === 'failed' ? (
        <p className="banner banner-error" role="alert">
          This PDF cannot be shown here ({status.message}). Export it to open it in another program.
        </p>
      ) : null}
      {/* Focusable so the pages can be scrolled by keyboard. */}
      <div
        ref={container}
        className="pdf-pages"
        data-testid="pdf-pages"
        role="region"
        aria-label={`${title}: pages`}
        tabIndex={0}
      />
      {status.state === 'done' && status.total > status.pages ? (
        <p className="muted small">
          Showing the first {status.pages} of {status.total} pages. Export the file to see all of them.
        </p>
      ) : null}
    </div>
  );
}
