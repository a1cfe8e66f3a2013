// What a person feels in the window, measured in a real browser (Chromium through Playwright)
// against the web host on real data folders:
//   coldStartInteractive50k_ms   from opening the address to the register of 50,000 licences usable:
//                                first rows shown and the search box taking input (median of 5)
//   keystrokeChecks50Lines_p95_ms from a keystroke in a 50-line licence to its checks updated in the page
//                                (p95 of 60): the work a keystroke costs, to fit in one frame (16 ms)
//   keystrokeToPaint50Lines_p95_ms the same keystroke to the end of the next frame's paint: adds the wait for
//                                the display's next frame (up to 16.7 ms at 60 Hz), which no page controls
//   registerScroll100k_longTasks tasks over 50 ms while scrolling 100,000 licences top to bottom
//   registerScroll100kRestToRows_ms from the drag's stop at the bottom to the last licences shown (a fast
//                                drag reads only where it comes to rest: its rows say "Loading…" until then)
// `npm run bench` collects it; alone: npx tsx scripts/bench/run-one.ts ui
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { fixedClock } from '#core/clock';
import { createLicenceRepository } from '#core/licences/licence-repository';

import playwrightConfig from '../../playwright.config';
import { startWebHost, type WebHost } from '../../src/main/http/web-host';
import { validDraft, validLine } from '../../tests/support/licence-fixtures';
import { openTestCore, type TestCore } from '../../tests/support/temp-core';
import { benchDraft, benchHts } from './support/register-drafts';
import { benchRendererDir } from './support/renderer-build';

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

interface Folder {
  readonly core: TestCore;
  readonly host: WebHost;
  close(): Promise<void>;
}

/** A data folder with `count` licences, served by a web host the way `npm run web` serves it. */
async function folderWith(count: number, rendererDir: string): Promise<Folder> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bench-ui-'));
  const core = openTestCore({ dataDir, clock: fixedClock('2026-03-02T15:00:00Z'), logError: () => {} });
  const repo = createLicenceRepository(core.db);
  const at = '2026-03-02T15:00:00.000Z';
  for (let start = 0; start < count; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, count - start) }, (_, i) => ({
      draft: benchDraft(start + i),
      validation: null,
    }));
    core.db.transaction(() => repo.insertMany(batch, at))();
  }
  const host = await startWebHost({ dispatch: core.dispatch, events: core.events, rendererDir });
  return {
    core,
    host,
    async close() {
      await host.close();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Throws away the core's in-memory register order and matches: the next list starts cold. */
const coolDown = (core: TestCore) => core.db.prepare('UPDATE licences SET notes = notes WHERE rowid = 1').run();

const firstRow = '[data-testid^="licence-row-"]';

/**
 * From navigation start to the first frame where a register row is on screen and the search box
 * is enabled, in the page's own clock (so Playwright's own overhead is not counted). Each round
 * is a fresh browser context (no cache) and a cold register index in the core.
 */
async function coldStart(browser: Browser, folder: Folder): Promise<number> {
  const rounds: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    coolDown(folder.core);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    // Each address opens one tab once (the web host's one-time code): a fresh one per round.
    await page.goto(`${folder.host.newUrl()}#/licences`, { waitUntil: 'commit' });
    const ms = (await (
      await page.waitForFunction(
        (rowSelector) => {
          const row = document.querySelector(rowSelector);
          const search = document.querySelector<HTMLInputElement>('input[type="search"]');
          return row && search && !search.disabled && !search.readOnly ? performance.now() : false;
        },
        firstRow,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    // The search box takes a keystroke (it is usable, not merely drawn).
    const search = page.getByRole('searchbox', { name: 'Search licences' });
    await search.pressSequentially('7', { delay: 0 });
    if ((await search.inputValue()) !== '7') throw new Error('The search box did not take input.');
    await context.close();
    // The first round warms the host's module and statement caches, as a running app would have.
    if (round > 0) rounds.push(ms);
    log(`cold start ${round}: ${round === 0 ? 'warm-up ' : ''}${round1(ms)} ms`);
  }
  return median(rounds);
}

const round1 = (ms: number) => Math.round(ms);

/**
 * A keystroke in a field of a 50-line licence, to the checks for the new value in the page: the
 * form stamps `data-checked-revision` on the check results once they reflect the latest values.
 * Each keystroke gives two times from the key's event: to that stamp (React has committed the
 * new checks; what the keystroke costs the page) and to the end of the frame that paints it.
 */
async function keystrokes(browser: Browser, folder: Folder): Promise<{ committed: number[]; painted: number[] }> {
  const lines = Array.from({ length: 50 }, (_, i) =>
    validLine({ htsCode: benchHts[i % benchHts.length]!, quantityKg: 1000 + i, valueUsd: 5000 + i * 10 }),
  );
  const licence = folder.core.licences.create(validDraft({ reference: 'FIFTY-LINES', lines }));
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${folder.host.newUrl()}#/licences/${licence.id}`);
  const summary = page.locator('[data-checked-revision]');
  await summary.waitFor({ timeout: 60_000 });
  // As page source (not a compiled function): the bundler's helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.stamps = [];
    document.addEventListener('keydown', (event) => { window.keyAt = event.timeStamp; }, { capture: true });
    const revisionNow = () => document.querySelector('[data-checked-revision]')?.getAttribute('data-checked-revision');
    let seen = revisionNow();
    // The check results may be re-rendered or replaced: watch the whole page for a new revision.
    new MutationObserver(() => {
      const now = revisionNow();
      if (now === seen) return;
      seen = now;
      const keyAt = window.keyAt;
      // The checks are in the page now (React committed them; this observer runs right after).
      const committed = performance.now() - keyAt;
      // After the frame that shows it: rAF runs before layout and paint, the message after them.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.stamps.push([committed, performance.now() - keyAt]);
        channel.port2.postMessage(null);
      });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-checked-revision'] });
  })()`);
  const fields = [
    page.getByRole('textbox', { name: /^Importer name/ }),
    page.getByRole('textbox', { name: /^Exporter name/ }),
    page.getByRole('textbox', { name: /^Notes/ }),
  ];
  const committed: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < 66; i += 1) {
    const field = fields[i % fields.length]!;
    await field.focus();
    const before = await page.evaluate(() => (window as unknown as { stamps: number[] }).stamps.length);
    await page.keyboard.press(i % 4 === 3 ? 'Backspace' : 'x');
    await page.waitForFunction((n) => (window as unknown as { stamps: number[] }).stamps.length > n, before, {
      timeout: 10_000,
    });
    const stamp = await page.evaluate(() => (window as unknown as { stamps: number[][] }).stamps.at(-1)!);
    // The first keystrokes compile the form's code paths: a person types long after that.
    if (i < 6) continue;
    committed.push(stamp[0]!);
    painted.push(stamp[1]!);
  }
  await page.close();
  return { committed, painted };
}

/**
 * Scrolls the register of 100,000 licences from top to bottom, five screens a frame (a fast
 * drag of the scroll bar), counting the main thread's long tasks (over 50 ms) as the browser
 * reports them (PerformanceObserver, "longtask").
 */
async function scroll(
  browser: Browser,
  folder: Folder,
): Promise<{ longTasks: number; frames: number; ms: number; restToRows: number }> {
  coolDown(folder.core);
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${folder.host.newUrl()}#/licences`);
  await page.locator(firstRow).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  // As page source (not a compiled function): the bundler's helpers do not exist in the page.
  const result = (await page.evaluate(`(async () => {
    const rowSelector = ${JSON.stringify(firstRow)};
    let scroller = document.querySelector(rowSelector).parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10 && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY)))
      scroller = scroller.parentElement;
    if (!scroller) throw new Error('No scrolling register found.');
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.duration > 50) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    const step = scroller.clientHeight * 5;
    let frames = 0;
    for (let top = 0; top < scroller.scrollHeight - scroller.clientHeight; top += step) {
      scroller.scrollTop = top;
      await frame();
      frames += 1;
    }
    scroller.scrollTop = scroller.scrollHeight;
    const rested = performance.now();
    // The last screen's rows arrive (the last row is number 100,001 counting the header row).
    const deadline = performance.now() + 20000;
    const last = () => document.querySelector(rowSelector + '[aria-rowindex="100001"]');
    while (!last() && performance.now() < deadline) await frame();
    if (!last()) throw new Error('The last licence never appeared.');
    const restToRows = performance.now() - rested;
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    const heapMb = Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1048576);
    return { longTasks, frames, ms: performance.now() - started, heapMb, restToRows };
  })()`)) as { longTasks: number[]; frames: number; ms: number; heapMb: number; restToRows: number };
  await page.close();
  log(
    `scroll: ${result.frames} frames in ${Math.round(result.ms)} ms, long tasks: ${result.longTasks.map(Math.round).join(', ') || 'none'}; last rows shown ${Math.round(result.restToRows)} ms after the drag stopped; JS heap after ${result.heapMb} MB`,
  );
  return { longTasks: result.longTasks.length, frames: result.frames, ms: result.ms, restToRows: result.restToRows };
}

export async function run(): Promise<Record<string, number>> {
  // AIM_BENCH_UI=cold,keys,scroll runs some of the three (all by default).
  const parts = new Set((process.env.AIM_BENCH_UI ?? 'cold,keys,scroll').split(','));
  const rendererDir = benchRendererDir(log);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? {});
  const figures: Record<string, number> = {};
  try {
    if (parts.has('cold') || parts.has('keys')) {
      log('ui: 50,000 licences…');
      const fifty = await folderWith(50_000, rendererDir);
      try {
        if (parts.has('cold')) figures.coldStartInteractive50k_ms = round(await coldStart(browser, fifty));
        if (parts.has('keys')) {
          log('ui: keystrokes in a 50-line licence…');
          const keys = await keystrokes(browser, fifty);
          figures.keystrokeChecks50Lines_p95_ms = round(percentile(keys.committed, 0.95));
          figures.keystrokeChecks50Lines_median_ms = round(median(keys.committed));
          figures.keystrokeToPaint50Lines_p95_ms = round(percentile(keys.painted, 0.95));
          figures.keystrokeToPaint50Lines_median_ms = round(median(keys.painted));
          log(
            `keystrokes: checks updated median ${figures.keystrokeChecks50Lines_median_ms} ms, p95 ${figures.keystrokeChecks50Lines_p95_ms} ms; ` +
              `painted median ${figures.keystrokeToPaint50Lines_median_ms} ms, p95 ${figures.keystrokeToPaint50Lines_p95_ms} ms`,
          );
        }
      } finally {
        await fifty.close();
      }
    }
    if (parts.has('scroll')) {
      log('ui: 100,000 licences…');
      const hundred = await folderWith(100_000, rendererDir);
      try {
        const scrolled = await scroll(browser, hundred);
        figures.registerScroll100k_longTasks = scrolled.longTasks;
        figures.registerScroll100k_frames = scrolled.frames;
        figures.registerScroll100k_ms = round(scrolled.ms);
        figures.registerScroll100kRestToRows_ms = round(scrolled.restToRows);
      } finally {
        await hundred.close();
      }
    }
    return figures;
  } finally {
    await browser.close();
  }
}
