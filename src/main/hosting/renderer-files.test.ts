import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveRendererFile } from './renderer-files';

let root: string;
let outside: string;
beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-files-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(outside, 'do not serve');
  fs.symlinkSync(outside, path.join(root, 'assets', 'link.js'));
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('mapping a URL path to a renderer file', () => {
  it('serves files inside the folder, and index.html for the root and page routes', () => {
    expect(resolveRendererFile(root, '/assets/app.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'app.js')));
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/licences/123')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/app.js%00.png',
    '/%E0%A4%A', // malformed escape
  ])('never leaves the folder: %s', (urlPath) => {
    const resolved = resolveRendererFile(root, urlPath);
    expect(resolved === null || resolved.startsWith(fs.realpathSync(root))).toBe(true);
    expect(resolved).not.toBe(outside);
  });

  it('does not follow a symlink out of the folder', () => {
    expect(resolveRendererFile(root, '/assets/link.js')).toBeNull();
  });

  it('answers a missing asset with nothing rather than the page', () => {
    expect(resolveRendererFile(root, '/assets/missing.js')).toBeNull();
  });
});
