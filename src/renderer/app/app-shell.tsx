import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { sections } from '../../shared/commands/app-commands';
import { displayDate } from '../../shared/dates/iso-date';
import { useClient, useRpc } from '../api/client-context';
import { NoticesButton } from '../features/notices/notices-button';
import { SyncIndicator } from '../features/sync/sync-indicator';

/** Navigation between the product's sections, and the status line every screen shares. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const client = useClient();
  const reference = useRpc('reference.get', {}, { staleTime: Infinity });
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
      <nav className="sidebar" aria-label="Sections">
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
          {reference.data ? (
            <span className="muted small">Reference data as of {displayDate(reference.data.asOf)}</span>
          ) : null}
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
