import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');
/** Parallel runs (several people or agents on one checkout) can each build into their own folder. */
export const rendererDir = path.resolve(projectRoot, process.env.AIM_RENDERER_DIR ?? '.web-build/renderer');
export const testResultsDir = path.resolve(projectRoot, process.env.AIM_TEST_RESULTS ?? 'test-results');

export interface RunningWebHost {
  readonly origin: string;
  /** The session secret the tests call the API with (traded for the printed one-time code). */
  readonly secret: string;
  /** A fresh one-time address for a page: each opens one tab, once, as the printed one does. */
  pageUrl(): Promise<string>;
  readonly dataDir: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

export const tempDataDir = (label: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `aim-${label}-`));

/** Starts `npm run web`'s server (without rebuilding the renderer) as a real child process. */
export async function startWebHostProcess(dataDir: string, extraArgs: string[] = []): Promise<RunningWebHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    // --import tsx: the server runs in this child itself, so stop() signals the server, not a wrapper.
    [
      '--import',
      'tsx',
      path.join(projectRoot, 'src/main/http/main.ts'),
      '--data-dir',
      dataDir,
      '--no-open',
      '--renderer-dir',
      rendererDir,
      ...extraArgs,
    ],
    { cwd: projectRoot, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  const origin = parsed.origin;
  // The tests take the printed address's session, as a page would, and mint addresses for pages.
  const exchanged = await fetch(`${origin}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: parsed.searchParams.get('code') }),
  });
  const { secret } = ((await exchanged.json()) as { value: { secret: string } }).value;
  return {
    origin,
    secret,
    pageUrl: async () => {
      const response = await fetch(`${origin}/session/code`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}` },
      });
      return ((await response.json()) as { value: { url: string } }).value.url;
    },
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Calls a procedure on a running web host the way the page does (session secret in a header),
 * for test set-up; a refused call throws with the procedure's name and the host's message.
 */
export async function callHost<T>(
  host: { origin: string; secret: string },
  method: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${host.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.secret}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
