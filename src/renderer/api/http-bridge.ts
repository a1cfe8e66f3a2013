import { createParser } from 'eventsource-parser';
import type { Bridge } from '../../shared/contract/bridge';
import { isEventName, type EventName, type Result } from '../../shared/contract';

const tokenKey = 'aim-session-token';

/**
 * The web host hands out a per-run token in the address it prints. It is kept for this tab only
 * (sessionStorage is per origin and per tab) and removed from the address bar at once.
 */
export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenKey);
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
 * server-sent event stream for pushes, both carrying the session token in a header.
 */
export function createHttpBridge(token: string, origin = ''): Bridge {
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  async function stream(): Promise<void> {
    let delay = 500;
    for (;;) {
      try {
        const response = await fetch(`${origin}/events`, { headers: { authorization: `Bearer ${token}` } });
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
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
