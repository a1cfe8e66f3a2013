import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { createHttpBridge, takeSessionToken } from './api/http-bridge';
import { App } from './app/App';
import './styles/app.css';

/**
 * Picks the transport: Electron's preload bridge when present, otherwise the web host over HTTP
 * with the session token from the address it printed.
 */
function connect() {
  if (window.aimBridge) return createClient(window.aimBridge, 'electron');
  const token = takeSessionToken(window.location, window.history, window.sessionStorage);
  return token ? createClient(createHttpBridge(token), 'web') : null;
}

const root = createRoot(document.getElementById('root')!);
const client = connect();
root.render(
  <StrictMode>
    {client ? (
      <App client={client} />
    ) : (
      <main className="fatal">
        <h1>AIM Licences</h1>
        <p>
          This page needs the private address printed by <code>npm run web</code> (it ends in <code>?token=…</code>).
          Open that address instead.
        </p>
      </main>
    )}
  </StrictMode>,
);
