// `npm run setup`: install exactly what package-lock.json pins, then try to fetch Electron's
// binary separately, so a blocked download (corporate proxy, offline build machine) costs the
// desktop shell only, never the whole install.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { packageFile, projectRoot } from './native-module.mjs';
import { installSystemChromium } from './system-browser.mjs';
import { findTestBrowser } from './test-browser.cjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const install = spawnSync(npm, ['ci'], {
  cwd: projectRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
});
if (install.status !== 0) process.exit(install.status ?? 1);

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(
    'ELECTRON_SKIP_BINARY_DOWNLOAD is set: the Electron binary was not fetched; `npm start` will open the browser version.',
  );
} else {
  const fetched = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/electron/install.js')], {
    cwd: path.join(projectRoot, 'node_modules/electron'),
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (fetched.status === 0) console.log('Electron binary installed.');
  else
    console.log(
      "Electron's binary could not be downloaded (no access to its download host); everything else is installed and `npm start` will open the browser version.",
    );
}

// A browser for the end-to-end tests: the system's Chrome or Chromium where there is one,
// otherwise Debian's chromium package where apt-get can install it without a prompt, otherwise
// Playwright's own download where it is reachable, otherwise what to install.
let browser = findTestBrowser();
if (browser.executablePath === null && !process.env.AIM_NO_BROWSER_DOWNLOAD && installSystemChromium()) {
  browser = findTestBrowser();
}
if (browser.executablePath === null && !process.env.AIM_NO_BROWSER_DOWNLOAD) {
  console.log("No Chrome or Chromium found for the tests; trying Playwright's own Chromium download…");
  const fetched = spawnSync(process.execPath, [packageFile('@playwright/test', 'cli.js'), 'install', 'chromium'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 10 * 60_000,
  });
  if (fetched.status === 0) browser = findTestBrowser();
}
if (browser.executablePath === null) console.log(browser.problem);
else
  console.log(
    `Browser for the tests: ${browser.source === 'playwright' ? "Playwright's own Chromium" : browser.executablePath}.`,
  );
