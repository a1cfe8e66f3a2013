import { createParser } from 'eventsource-parser';

import { type EventName, isEventName, type Result } from '#shared/contract';
import type { Bridge } from '#shared/contract/bridge';

const secretKey = 'aim-session-secret';

export type BrowserSession = { ok: true; secret: string } | { ok: false; problem: string };

const noAddress =
  'This page needs the private address printed by `npm run web` (it ends in ?code=…). Open that address instead; each one opens one tab, once.';

/**
 * The web host prints an address with a one-time code. The page takes the code out of the
 * address bar at once and trades it for a session secret that this tab alone keeps
 * (sessionStorage is per origin and per tab); the code is then spent, so the address in the
 * browser's history or on its command line opens nothing more. A reload keeps the secret.
 */
export async function openBrowserSession(
  location: Location,
  history: History,
  storage: Storage,
  origin = '',
): Promise<BrowserSession> {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  const stored = storage.getItem(secretKey);
  if (!code) return stored ? { ok: true, secret: stored } : { ok: false, problem: noAddress };
  url.searchParams.delete('code');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  let reply: { ok: true; value: { secret: string } } | { ok: false; error: { message: string } };
  try {
    const response = await fetch(`${origin}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    reply = (await response.json()) as typeof reply;
  } catch (error) {
    return { ok: false, problem: `The app's background service is not reachable (${(error as Error).message}).` };
  }
  if (reply.ok) {
    storage.setItem(secretKey, reply.value.secret);
    return { ok: true, secret: reply.value.secret };
  }
  // The same tab opening its own, already spent address again keeps the session it has.
  return stored ? { ok: true, secret: stored } : { ok: false, problem: reply.error.message };
}

/** A one-time address for one more tab, asked for by a tab that has a session. */
export async function newTabAddress(secret: string, origin = ''): Promise<string> {
  const response = await fetch(`${origin}/session/code`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}` },
  });
  const reply = (await response.json()) as
    { ok: true; value: { url: string } } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value.url;
}

const unreachable = (detail: string): Result<never> => ({
  ok: false,
  error: {
    code: 'UNAVAILABLE',
    message: `The app's background service is not reachable (${detail}). If you stopped \`npm run web\`, start it again and reload.`,
  },
});

type Listener = (payload: unknown) => void;

/**
 * The same typed bridge as Electron's preload, over HTTP: `POST /rpc/<method>` for calls and one
 * server-sent event stream for pushes, both carrying the tab's session secret in a header.
 */
export function createHttpBridge(secret: string, origin = ''): Bridge {
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  async function stream(): Promise<void> {
    let delay = 500;
    for (;;) {
      try {
        const response = await fetch(`${origin}/events`, { headers: { authorization: `Bearer ${secret}` } });
        if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
        delay = 500;
        const parser = createParser({
          onEvent(message) {
            if (!message.event || !isEventName(message.event)) return;
            const payload: unknown = JSON.parse(message.data);
            listeners.get(message.event)?.forEach((listener) => listener(payload));
          },
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch {
        // The host restarted or the network blipped: reconnect with a growing pause.
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }

  return {
    async rpc(method, input) {
      let response: Response;
      try {
        response = await fetch(`${origin}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return unreachable((error as Error).message);
      }
      try {
        return (await response.json()) as Result<never>;
      } catch {
        return unreachable(`HTTP ${response.status}`);
      }
    },
    on(event, listener) {
      if (!streaming) {
        streaming = true;
        void stream();
      }
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
  };
}
