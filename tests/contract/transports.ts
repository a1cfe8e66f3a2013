import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { fixedClock } from '#core/clock';
import { type Core, createCore } from '#core/create-core';
import type { Result } from '#shared/contract';

import { startWebHost, type WebHost } from '../../src/main/http/web-host';

/** One way to reach the core: the cases in this folder run against every one of them. */
export interface Transport {
  readonly name: string;
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Collects push events; returns the list it fills. */
  events(): Promise<{ received: { event: string; payload: unknown }[]; stop(): void }>;
  close(): Promise<void>;
}

export function emptyRendererDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-renderer-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>AIM Licences</title>');
  return dir;
}

function newCore(): { core: Core; dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-contract-'));
  return {
    core: createCore({ dataDir, clock: fixedClock('2026-03-02T15:00:00Z'), checkOutputs: true, logError: () => {} }),
    dataDir,
  };
}

export async function inProcess(): Promise<Transport> {
  const { core, dataDir } = newCore();
  return {
    name: 'in-process dispatch',
    call: (method, input) => core.dispatch(method, input, { host: 'in-process' }),
    async events() {
      const received: { event: string; payload: unknown }[] = [];
      const stop = core.events.subscribe((event, payload) => received.push({ event, payload }));
      return { received, stop };
    },
    async close() {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function overHttp(): Promise<Transport & { host: WebHost }> {
  const { core, dataDir } = newCore();
  const rendererDir = emptyRendererDir();
  const host = await startWebHost({ dispatch: core.dispatch, events: core.events, rendererDir });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${host.newSessionSecret()}` };
  return {
    name: 'web host over HTTP',
    host,
    async call(method, input) {
      const response = await fetch(`${host.origin}/rpc/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    },
    async events() {
      const received: { event: string; payload: unknown }[] = [];
      const controller = new AbortController();
      const response = await fetch(`${host.origin}/events`, { headers, signal: controller.signal });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      void (async () => {
        let buffer = '';
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            buffer += value;
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const event = /^event: (.*)$/m.exec(frame)?.[1];
              const data = /^data: (.*)$/m.exec(frame)?.[1];
              if (event && data) received.push({ event, payload: JSON.parse(data) });
            }
          }
        } catch {
          // aborted by stop()
        }
      })();
      return { received, stop: () => controller.abort() };
    },
    async close() {
      await host.close();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}
