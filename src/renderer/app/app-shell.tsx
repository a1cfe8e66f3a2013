import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';

import { useClient, useRpc } from '#renderer/api/client-context';
import { NoticesButton } from '#renderer/features/notices/notices-button';
import { ReferenceStatus } from '#renderer/features/reference/reference-status';
import { SyncIndicator } from '#renderer/features/sync/sync-indicator';
import { LockNowButton, useActivityReport } from '#renderer/features/vault/lock-controls';
import { sections } from '#shared/commands/app-commands';

import { WaitingBanner } from './waiting-banner';

/**
 * The browser version's addresses open one tab each, once: a new tab (or another browser) gets
 * its own one-time address from a tab that is already open.
 */
function NewTabButton({ open }: { open: () => Promise<string> }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="sidebar-link"
        onClick={() => {
          setProblem(null);
          open().then(
            (url) => window.open(url, '_blank', 'noopener,noreferrer'),
            (error: Error) => setProblem(error.message),
          );
        }}
      >
        Open in a new tab
      </button>
      {problem ? (
        <span role="alert" className="sidebar-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}

/** Navigation between the product's sections, and the status line every screen shares. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const client = useClient();
  const nav = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  // Choosing a section moves the focus to its content, so the next Tab is on the page, not in the menu.
  useEffect(() => {
    if (nav.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
  }, [location]);
  const vault = useRpc('vault.status', {}, { staleTime: Infinity, retry: false });
  useActivityReport();
  return (
    <div className="shell">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Sections" ref={nav}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            Al
          </span>
          <span className="brand-name">AIM Licences</span>
        </div>
        <ul className="nav-list">
          {sections.map((section) => {
            const active = section.match(location);
            return (
              <li key={section.route}>
                <Link
                  href={section.route}
                  className={`nav-link ${active ? 'is-active' : ''}`}
                  aria-current={active ? 'page' : undefined}
                >
                  {section.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="sidebar-foot">
          <NoticesButton />
          <SyncIndicator />
          <span className="muted small">{client.host === 'electron' ? 'Desktop app' : 'Browser version'}</span>
          {client.newTabAddress ? <NewTabButton open={client.newTabAddress} /> : null}
          {vault.data?.state === 'unlocked' ? <LockNowButton className="sidebar-link" /> : null}
          <ReferenceStatus />
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <WaitingBanner />
        {children}
      </main>
    </div>
  );
}
