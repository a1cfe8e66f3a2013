import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// Electronegativity in CI: every finding on the Electron shell is either fixed or explained in
// security/electronegativity-accepted.json, with the test that backs the explanation.
const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/security/electronegativity-scan.mjs');

function scan(args: string[] = []) {
  const run = spawnSync(process.execPath, [script, '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: run.status,
    ...(JSON.parse(run.stdout || '{}') as { findings?: { check: string; file: string }[]; problems?: string[] }),
  };
}

describe('the Electronegativity scan', () => {
  it('leaves no finding on the Electron shell unexplained', () => {
    const result = scan();
    expect(result.problems).toEqual([]);
    expect(result.status).toBe(0);
    // The checks a bare window fails (navigation limits, a permission handler) find nothing here.
    expect(result.findings!.map((f) => f.check)).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(result.findings!.map((f) => f.check)).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  });

  it('fails on a window that turns Node on (so a clean scan means something)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-eneg-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'bad-window.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      );
      const result = scan(['--input', dir]);
      expect(result.status).toBe(1);
      expect(result.findings!.map((f) => f.check)).toEqual(
        expect.arrayContaining([
          'CONTEXT_ISOLATION_JS_CHECK',
          'SANDBOX_JS_CHECK',
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
        ]),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
