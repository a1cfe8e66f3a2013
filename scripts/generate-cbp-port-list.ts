// `npx tsx scripts/generate-cbp-port-list.ts`: prints the test copies of CBP's port code list
// (tests/support/cbp-port-list/cbp-port-list.ts says what they are and are not) to PDF with
// Chromium, as the committed fixtures beside that file.
import fs from 'node:fs';

import { chromium } from '@playwright/test';

import {
  cbpListFiles,
  cbpListFooter,
  cbpListHtml,
  cbpListRows,
  mayRows,
} from '../tests/support/cbp-port-list/cbp-port-list';
import { findTestBrowser } from './test-browser.cjs';

async function main(): Promise<void> {
  const executablePath = findTestBrowser().executablePath ?? undefined;
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  try {
    const february = cbpListRows();
    const documents: [string, string][] = [
      [cbpListFiles.february2026, cbpListHtml(february, 'February 3, 2026')],
      [cbpListFiles.may2026, cbpListHtml(mayRows(), 'May 4, 2026')],
      // About two pages' worth of rows: what a download cut short would hold.
      [cbpListFiles.cutShort, cbpListHtml(february.slice(0, 70), 'February 3, 2026')],
    ];
    for (const [file, html] of documents) {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'Letter',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: cbpListFooter,
        tagged: true,
      });
      await page.close();
      fs.writeFileSync(file, pdf);
      console.log(`${file}: ${pdf.byteLength} bytes`);
    }
  } finally {
    await browser.close();
  }
}

void main();
