import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { sections } from '../../shared/commands/app-commands';
import { useClient } from '../api/client-context';
import { NoticesButton } from '../features/notices/notices-button';
import { ReferenceStatus } from '../features/reference/reference-status';
import { SyncIndicator } from '../features/sync/sync-indicator';

/** Navigation between the product's sections, and the status line every screen shares. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const client = useClient();
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
          <ReferenceStatus />
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
