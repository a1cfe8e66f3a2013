import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { FuseV1Options } from '@electron/fuses';
import ts from 'typescript';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

import forgeConfig from '../../../forge.config';
import { contentSecurityPolicy, contentSecurityPolicyMeta } from '../../../src/main/hosting/content-security-policy';

// Checklist items that can be read without running Electron: the source of the Electron shell,
// the fuses Forge flips at packaging, the CSP, and the main/preload bundles as Forge builds them.
const root = path.resolve(__dirname, '../../..');
const electronDir = path.join(root, 'src/main/electron');
const sources = fs
  .readdirSync(electronDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => ({
    file: f,
    source: ts.createSourceFile(f, fs.readFileSync(path.join(electronDir, f), 'utf8'), ts.ScriptTarget.Latest, true),
  }));

function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

describe('the Electron shell source', () => {
  it('builds every BrowserWindow from secureWebPreferences, never with inline preferences', () => {
    const constructions: string[] = [];
    for (const { file, source } of sources) {
      visit(source, (node) => {
        if (!ts.isNewExpression(node) || node.expression.getText() !== 'BrowserWindow') return;
        const options = node.arguments?.[0];
        const prefs =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p) => p.name?.getText() === 'webPreferences')
            : undefined;
        const value = prefs && ts.isPropertyAssignment(prefs) ? prefs.initializer : undefined;
        constructions.push(
          `${file}: ${value && ts.isCallExpression(value) ? value.expression.getText() : (value?.getText() ?? 'no webPreferences')}`,
        );
      });
    }
    expect(constructions).toEqual(['window.ts: secureWebPreferences']);
  });

  it('never turns a checklist switch the unsafe way anywhere in the shell', () => {
    const unsafe: Record<string, string> = {
      nodeIntegration: 'true',
      nodeIntegrationInWorker: 'true',
      nodeIntegrationInSubFrames: 'true',
      contextIsolation: 'false',
      sandbox: 'false',
      webSecurity: 'false',
      allowRunningInsecureContent: 'true',
      experimentalFeatures: 'true',
      webviewTag: 'true',
      bypassCSP: 'true',
    };
    const found: string[] = [];
    for (const { file, source } of sources) {
      visit(source, (node) => {
        if (ts.isPropertyAssignment(node) && unsafe[node.name.getText()] === node.initializer.getText())
          found.push(`${file}: ${node.getText()}`);
        if (ts.isPropertyAssignment(node) && node.name.getText() === 'enableBlinkFeatures')
          found.push(`${file}: ${node.getText()}`);
        if (ts.isCallExpression(node) && /\.(loadFile|openDevTools)$/.test(node.expression.getText()))
          found.push(`${file}: ${node.expression.getText()}`);
        if (ts.isStringLiteral(node) && node.text.startsWith('file://')) found.push(`${file}: ${node.text}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('calls shell.openExternal only behind the https allow-list', () => {
    const calls: string[] = [];
    for (const { file, source } of sources) {
      visit(source, (node) => {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'shell.openExternal') return;
        let guard: ts.Node | undefined = node.parent;
        while (guard && !ts.isIfStatement(guard)) guard = guard.parent;
        calls.push(`${file}: ${guard && ts.isIfStatement(guard) ? guard.expression.getText() : 'unguarded'}`);
      });
    }
    expect(calls).toEqual(['security.ts: isAllowedExternalUrl(url)']);
  });
});

describe('the fuses flipped at packaging (checklist 19)', () => {
  it('turn off running as Node, NODE_OPTIONS, inspector flags and file:// privileges; check the ASAR', () => {
    const fuses = forgeConfig.plugins?.find((p) => (p as { name?: string }).name === 'fuses') as
      { fusesConfig: Record<number, boolean> } | undefined;
    expect(fuses, 'forge.config.ts has the fuses plugin').toBeDefined();
    expect(fuses!.fusesConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    expect(forgeConfig.packagerConfig?.asar).toBeTruthy();
  });
});

describe('the Content-Security-Policy (checklist 7)', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );

  it("runs only the app's own scripts, talks only to its own origin, and frames nothing foreign", () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
  });

  it('goes into the built page as a meta tag (the same policy, minus what only a header can say)', () => {
    expect(directives(contentSecurityPolicyMeta).get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicyMeta).not.toContain('frame-ancestors');
    const viteConfig = fs.readFileSync(path.join(root, 'vite.renderer.config.ts'), 'utf8');
    expect(viteConfig).toMatch(/'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta/);
  });
});

/** The main and preload bundles as `electron-forge package` builds them (fresh unless .vite/build is newer than src/main). */
let built: Promise<{ main: string; preload: string; worker: string }> | undefined;
const bundles = () => (built ??= buildBundles());

async function buildBundles(): Promise<{ main: string; preload: string; worker: string }> {
  const newestSource = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
      const full = path.join(dir, e.name);
      return Math.max(newest, e.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
    }, 0);
  const built = path.join(root, '.vite/build');
  const fresh =
    fs.existsSync(path.join(built, 'main.js')) &&
    fs.statSync(path.join(built, 'main.js')).mtimeMs >
      Math.max(newestSource(path.join(root, 'src/main')), newestSource(path.join(root, 'src/shared')));
  let dir = built;
  if (!fresh) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bundles-'));
    const require = createRequire(import.meta.url);
    const ViteConfigGenerator = require('@electron-forge/plugin-vite/dist/ViteConfig.js').default;
    const vitePlugin = forgeConfig.plugins?.find((p) => (p as { name?: string }).name === 'vite') as {
      config: unknown;
    };
    const generator = new ViteConfigGenerator(vitePlugin.config, root, true);
    for (const config of await generator.getBuildConfigs())
      await build({ ...config, configFile: false, logLevel: 'silent', build: { ...config.build, outDir: dir } });
  }
  const result = {
    main: fs.readFileSync(path.join(dir, 'main.js'), 'utf8'),
    preload: fs.readFileSync(path.join(dir, 'preload.js'), 'utf8'),
    worker: fs.readFileSync(path.join(dir, 'worker-main.js'), 'utf8'),
  };
  if (dir !== built) fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

describe('the built bundles', () => {
  it('carry the secure window preferences and a preload that requires nothing but electron', async () => {
    const { main, preload } = await bundles();
    for (const setting of [
      'sandbox:!0',
      'contextIsolation:!0',
      'nodeIntegration:!1',
      'nodeIntegrationInWorker:!1',
      'nodeIntegrationInSubFrames:!1',
      'webSecurity:!0',
      'webviewTag:!1',
    ]) {
      expect(main, setting).toContain(setting);
    }
    expect(main).not.toMatch(/nodeIntegration:!0|contextIsolation:!1|sandbox:!1|webSecurity:!1/);
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
    expect(preload).toContain('exposeInMainWorld("aimBridge"');
  }, 120_000);
});

describe('the worker bundle', () => {
  it('sits beside main.js and reads an untrusted file in a worker thread as the desktop app starts it', async () => {
    const { main, worker } = await bundles();
    expect(main).toContain('"worker-main.js"');
    // A require() by computed name cannot be bundled; it threw at start-up (i18n-iso-countries' Node entry).
    for (const code of [main, worker]) expect(code).not.toContain('require("./langs/"');
    // Under the project's .vite folder, as in the package: the externals it requires at start
    // (better-sqlite3 for backup conversion) resolve from the node_modules beside it.
    fs.mkdirSync(path.join(root, '.vite'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, '.vite', 'worker-check-'));
    try {
      const file = path.join(dir, 'worker-main.js');
      fs.writeFileSync(file, worker);
      const { Worker } = await import('node:worker_threads');
      const ask = (input: unknown) =>
        new Promise<unknown>((resolve, reject) => {
          const thread = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
          thread.once('message', (reply) => {
            void thread.terminate();
            resolve(reply);
          });
          thread.once('error', reject);
          thread.postMessage({ id: 7, task: 'read-table', input });
        });
      expect(
        await ask({ bytes: Buffer.from('licence_ref,hts_code\r\nPO-1,7606123035\r\n'), fileName: 'a.csv' }),
      ).toEqual({
        id: 7,
        ok: true,
        value: {
          format: 'csv',
          headers: ['licence_ref', 'hts_code'],
          rows: [{ row: 2, values: ['PO-1', '7606123035'] }],
        },
      });
      expect(await ask({ bytes: Buffer.from(`a\r\n${'x'.repeat(40_000)}\r\n`), fileName: 'b.csv' })).toMatchObject({
        ok: false,
        error: {
          code: 'UNREADABLE_FILE',
          message: expect.stringMatching(/^b\.csv was refused: row 2, column 1 holds 40,000 characters/),
        },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
