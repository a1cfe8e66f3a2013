import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import { HighlightLayer, type PageHighlight } from './page-highlights';

/** A long scan is shown up to here; the rest is one export away. */
const maxPages = 30;

type LoadState =
  { state: 'loading' } | { state: 'ready'; pdf: PDFDocumentProxy } | { state: 'failed'; message: string };

function PdfPageView({
  pdf,
  n,
  width,
  title,
  highlights,
  onDrawn,
}: {
  pdf: PDFDocumentProxy;
  n: number;
  width: number;
  title: string;
  highlights: readonly PageHighlight[];
  onDrawn: (n: number) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let cancel: (() => void) | null = null;
    void (async () => {
      const page = await pdf.getPage(n);
      if (cancelled || !canvas.current) return;
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      const target = canvas.current;
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${Math.floor(viewport.width / ratio)}px`;
      const task = page.render({ canvas: target, viewport });
      cancel = () => task.cancel();
      await task.promise;
      if (!cancelled) {
        setDrawn(true);
        onDrawn(n);
      }
    })().catch(() => {
      // A page that cannot be drawn stays blank; the document-level state reports real failures.
    });
    return () => {
      cancelled = true;
      cancel?.();
    };
    // onDrawn is the parent's counter; a new one must not draw the page again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pdf, n, width]);
  return (
    <div className="page-frame" data-page={n} data-drawn={drawn}>
      <canvas ref={canvas} className="pdf-page" role="img" aria-label={`${title}, page ${n} of ${pdf.numPages}`} />
      {highlights.length > 0 ? <HighlightLayer highlights={highlights} /> : null}
    </div>
  );
}

/**
 * Renders a PDF into canvases with pdf.js, inside the app's strict CSP: the worker is the app's
 * own file, no eval (isEvalSupported: false), no fetches (the bytes are handed over), nothing
 * but drawing. The browser's own PDF viewer is not used: it cannot run in a blob: frame under
 * this CSP and is absent from Electron without plugins. Proposals' words are marked over the
 * pages (`highlights`).
 */
export function PdfPages({
  bytes,
  title,
  highlights = [],
}: {
  bytes: Uint8Array;
  title: string;
  highlights?: readonly PageHighlight[];
}) {
  const container = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(new Set());

  useLayoutEffect(() => {
    if (container.current) setWidth(Math.max(320, container.current.clientWidth - 34));
  }, []);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      // pdf.js takes ownership of the buffer it is given; hand it a copy.
      const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
      destroy = () => task.destroy();
      const pdf = await task.promise;
      if (!cancelled) setLoad({ state: 'ready', pdf });
    })().catch((error: unknown) => {
      if (!cancelled) setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [bytes]);

  const total = load.state === 'ready' ? load.pdf.numPages : 0;
  const shown = Math.min(total, maxPages);
  return (
    // 'done' once every page shown is drawn (the tests and the print view wait for it).
    <div
      className="pdf-viewer"
      data-state={load.state === 'ready' ? (drawn.size >= shown ? 'done' : 'loading') : load.state}
    >
      {load.state === 'loading' ? <p className="muted">Rendering the PDF…</p> : null}
      {load.state === 'failed' ? (
        <p className="banner banner-error" role="alert">
          This PDF cannot be shown here ({load.message}). Export it to open it in another program.
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
      >
        {load.state === 'ready' && width > 0
          ? Array.from({ length: shown }, (_, i) => (
              <PdfPageView
                key={i + 1}
                pdf={load.pdf}
                n={i + 1}
                width={width}
                title={title}
                highlights={highlights.filter((h) => h.page === i + 1)}
                onDrawn={(n) => setDrawn((set) => new Set([...set, n]))}
              />
            ))
          : null}
      </div>
      {total > shown ? (
        <p className="muted small">
          Showing the first {shown} of {total} pages. Export the file to see all of them.
        </p>
      ) : null}
    </div>
  );
}
