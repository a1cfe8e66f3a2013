// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else a Chrome or Chromium installed
// on this computer (found on PATH, or in the usual app folders on macOS and Windows), else
// Playwright's own download. Used by `npm run setup`, `npm test` and playwright.config.ts, so all
// three agree, and a machine with none gets one sentence naming what to install.
// CommonJS, so playwright.config.ts (which Playwright loads as CommonJS) and the .mjs scripts can both use it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const commands = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function appLocations(platform, env) {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32')
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter(Boolean)
      .map((base) => path.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  return [];
}

function onPath(env, platform) {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of dirs)
    for (const name of commands)
      for (const suffix of suffixes) {
        const candidate = path.join(dir, name + suffix);
        try {
          if (fs.statSync(candidate).isFile()) return fs.realpathSync(candidate);
        } catch {
          // not here
        }
      }
  return null;
}

/** Playwright's own Chromium, if `npx playwright install chromium` has put it in its cache. */
function playwrightsOwn() {
  try {
    const { chromium } = require('@playwright/test');
    const file = chromium.executablePath();
    return file && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** What to install, in one sentence, for this platform. */
function installAdvice(platform = process.platform) {
  const what =
    platform === 'darwin'
      ? 'install Google Chrome or Chromium (`brew install --cask chromium`)'
      : platform === 'win32'
        ? 'install Google Chrome'
        : 'install the chromium package (`sudo apt-get install chromium` on Debian and Ubuntu, `sudo dnf install chromium` on Fedora)';
  return `No browser for the end-to-end tests was found: ${what}, or run \`npx playwright install chromium\` where its download is reachable, then run the command again.`;
}

/**
 * `{ executablePath, source }` for the browser to use (`executablePath` undefined: Playwright's
 * own), or `{ executablePath: null, problem }` with the sentence to print.
 */
function findTestBrowser(env = process.env, platform = process.platform) {
  const notes = [];
  if (env.CHROMIUM_PATH) {
    if (fs.existsSync(env.CHROMIUM_PATH)) return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    notes.push(`CHROMIUM_PATH (${env.CHROMIUM_PATH}) does not exist`);
  }
  const system = onPath(env, platform) ?? appLocations(platform, env).find((file) => fs.existsSync(file)) ?? null;
  if (system) return { executablePath: system, source: 'system' };
  if (playwrightsOwn()) return { executablePath: undefined, source: 'playwright' };
  const advice = installAdvice(platform);
  return {
    executablePath: null,
    problem: notes.length > 0 ? `${advice.replace(/\.$/, '')} (${notes.join('; ')}).` : advice,
  };
}

exports.findTestBrowser = findTestBrowser;
exports.installAdvice = installAdvice;
