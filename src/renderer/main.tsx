import './zod-config';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { type Client, createClient } from './api/client';
import { createHttpBridge, newTabAddress, openBrowserSession } from './api/http-bridge';
import { App } from './app/App';

import './styles/app.css';

/**
 * Picks the transport: Electron's preload bridge when present, otherwise the web host over HTTP
 * with this tab's session (traded for the one-time code of the address it printed).
 */
async function connect(): Promise<{ client: Client } | { problem: string }> {
  if (window.aimBridge) return { client: createClient(window.aimBridge, 'electron') };
  const session = await openBrowserSession(window.location, window.history, window.sessionStorage);
  if (!session.ok) return { problem: session.problem };
  return {
    client: createClient(createHttpBridge(session.secret), 'web', {
      newTabAddress: () => newTabAddress(session.secret),
    }),
  };
}

const root = createRoot(document.getElementById('root')!);
void connect().then((connected) =>
  root.render(
    <StrictMode>
      {'client' in connected ? (
        <App client={connected.client} />
      ) : (
        <main className="fatal">
          <h1>AIM Licences</h1>
          <p role="alert">{connected.problem}</p>
        </main>
      )}
    </StrictMode>,
  ),
);
