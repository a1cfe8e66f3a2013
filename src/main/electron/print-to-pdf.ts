import type { BrowserWindow } from 'electron';

import type { PdfRenderer } from '#core/reports/pdf-renderer';
import { AppError } from '#shared/contract';
import { printRouteSchema } from '#shared/reports/report-selection';

import { secureWindow } from './window';

/** A batch of 2,000 summaries takes a while to lay out; past this, something is wrong. */
const readyTimeoutMs = 180_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the print view's own signal (data-print-state on <html>, set once its data has
 * rendered), then for its fonts. A view that failed says why on the page; that text is passed on.
 */
async function whenPrintable(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const state = (await window.webContents.executeJavaScript(
      'document.documentElement.dataset.printState ?? ""',
      true,
    )) as string;
    if (state === 'ready') {
      await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true);
      return;
    }
    if (state === 'failed') {
      const reason = (await window.webContents.executeJavaScript(
        'document.querySelector("[role=alert]")?.textContent ?? ""',
        true,
      )) as string;
      throw new AppError(
        'UNAVAILABLE',
        `The print view could not be prepared: ${reason || 'it reported a problem loading its data'}.`,
      );
    }
    if (Date.now() > deadline)
      throw new AppError(
        'UNAVAILABLE',
        `The print view was not ready after ${readyTimeoutMs / 60_000} minutes; try fewer licences at once.`,
      );
    await pause(100);
  }
}

/**
 * The desktop app's print engine: renders a print view of the app in a hidden window (same
 * secure preferences, same app:// origin, so its data comes through the same IPC as any window)
 * and prints it with Chromium's printToPDF, driven by the print stylesheet (Letter, margins,
 * page numbers). One window per PDF, destroyed afterwards.
 */
export function createPdfRenderer(pageUrl: string): PdfRenderer {
  return async (route) => {
    // Only print views: the route is checked again here, where it becomes part of a URL.
    const checked = printRouteSchema.parse(route);
    const window = secureWindow({ show: false, width: 1000, height: 1300, title: 'AIM Licences print' });
    try {
      await window.loadURL(`${pageUrl}#${checked}`);
      await whenPrintable(window);
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  };
}
