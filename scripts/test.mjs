// `npm test`: every suite, in the order that fails fastest. Each step's command is printed so a
// failure can be re-run alone.
import { spawnSync } from 'node:child_process';

import { ensureNodeBuild, packageFile, projectRoot } from './native-module.mjs';
import { findTestBrowser } from './test-browser.cjs';

const node = process.execPath;
const steps = [
  ['typecheck (whole project)', [packageFile('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']],
  [
    'typecheck (shared: no DOM, no Node)',
    [packageFile('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.shared.json'],
  ],
  ['typecheck (renderer: no Node)', [packageFile('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.web.json']],
  ['typecheck (main: no DOM)', [packageFile('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.node.json']],
  ['lint', [packageFile('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']],
  // knip (knip.json): no file or export that nothing uses; then, with tests left out, no production
  // module or export that only tests use (test helpers belong in tests/support).
  [
    'lint: dead code (knip)',
    [packageFile('knip', 'bin/knip.js'), '--include', 'exports,files,duplicates', '--no-progress'],
  ],
  [
    'lint: test-only code in src (knip --production)',
    [packageFile('knip', 'bin/knip.js'), '--production', '--include', 'exports,files', '--no-progress'],
  ],
  [
    'formatting (prettier --check)',
    [packageFile('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'],
  ],
  ['Electron bundles (main, preload, renderer) build', ['scripts/build-electron-bundles.mjs']],
  ['unit and contract tests (vitest)', [packageFile('vitest', 'vitest.mjs'), 'run']],
  ['end-to-end tests in Chromium (web host)', [packageFile('@playwright/test', 'cli.js'), 'test', '--project=web']],
  ['Electron end-to-end tests', [packageFile('@playwright/test', 'cli.js'), 'test', '--project=electron']],
];

const only = process.argv.slice(2);
const selected = (name) => only.length === 0 || only.some((word) => name.includes(word));

// Without a browser every end-to-end test would fail on its own: say once what to install, before anything runs.
if (steps.some(([name]) => name.includes('Chromium') && selected(name))) {
  const browser = findTestBrowser();
  if (browser.executablePath === null) {
    console.error(browser.problem);
    process.exit(1);
  }
}

ensureNodeBuild();
for (const [name, args] of steps) {
  if (!selected(name)) continue;
  console.log(`\n▶ ${name}\n  node ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(node, args, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      AIM_SKIP_RENDERER_BUILD: name.includes('Electron end-to-end') ? '1' : (process.env.AIM_SKIP_RENDERER_BUILD ?? ''),
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log('\nAll test steps passed.');
