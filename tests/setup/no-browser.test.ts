import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findTestBrowser } from '../../scripts/test-browser.cjs';

// A fresh machine without any browser (issue 13): `npm test` says in one sentence what to
// install, at once, instead of failing every end-to-end test with Playwright's own advice.
const root = path.resolve(__dirname, '../..');
const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-no-browser-'));
afterAll(() => fs.rmSync(bare, { recursive: true, force: true }));

/** A PATH with node, npm and a shell but no browser, no CHROMIUM_PATH that exists, and an empty Playwright cache. */
function noBrowserEnv(): NodeJS.ProcessEnv {
  const bin = path.join(bare, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  for (const tool of ['node', 'npm', 'sh']) {
    const target = path.join(bin, tool);
    if (!fs.existsSync(target)) {
      const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', [tool], { encoding: 'utf8' }).stdout;
      fs.symlinkSync(found.split('\n')[0]!.trim(), target);
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.Path;
  return {
    ...env,
    PATH: bin,
    CHROMIUM_PATH: path.join(bare, 'missing', 'chromium'),
    PLAYWRIGHT_BROWSERS_PATH: path.join(bare, 'empty-playwright-cache'),
  };
}

describe('npm test on a machine with no browser', () => {
  it.skipIf(process.platform === 'win32')(
    'stops within a minute with one sentence naming the package to install, before any step runs',
    () => {
      const started = Date.now();
      const run = spawnSync('npm', ['test'], { cwd: root, env: noBrowserEnv(), encoding: 'utf8', timeout: 60_000 });
      const seconds = (Date.now() - started) / 1000;
      expect(seconds).toBeLessThan(60);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain('▶');
      const problem = run.stderr.split('\n').filter((line) => line.includes('No browser'));
      expect(problem).toHaveLength(1);
      expect(problem[0]).toMatch(/install the chromium package \(`sudo apt-get install chromium`/);
      expect(problem[0]).toMatch(/CHROMIUM_PATH .* does not exist/);
    },
    70_000,
  );

  it('finds the browser the tests use where there is one: CHROMIUM_PATH first, then PATH', () => {
    const fake = path.join(bare, 'bin', 'chromium');
    fs.mkdirSync(path.dirname(fake), { recursive: true });
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    expect(findTestBrowser({ PATH: path.dirname(fake) }, 'linux')).toEqual({
      executablePath: fs.realpathSync(fake),
      source: 'system',
    });
    expect(findTestBrowser({ PATH: '', CHROMIUM_PATH: fake }, 'linux')).toEqual({
      executablePath: fake,
      source: 'CHROMIUM_PATH',
    });
  });
});
