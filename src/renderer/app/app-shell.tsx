import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { displayDate } from '../../shared/dates/iso-date';
import { useClient, useRpc } from '../api/client-context';
import { SyncIndicator } from '../features/sync/sync-indicator';

export const sections = [
  { href: '/', label: 'Dashboard', match: (path: string) => path === '/' },
  { href: '/licences', label: 'Licences', match: (path: string) => path.startsWith('/licences') },
  { href: '/suppliers', label: 'Suppliers & documents', match: (path: string) => path.startsWith('/suppliers') },
  { href: '/sync', label: 'Portal sync', match: (path: string) => path.startsWith('/sync') },
  { href: '/reports', label: 'Reports', match: (path: string) => path.startsWith('/reports') },
  { href: '/backups', label: 'Backups', match: (path: string) => path.startsWith('/backups') },
  { href: '/audit', label: 'Audit trail', match: (path: string) => path.startsWith('/audit') },
  { href: '/settings', label: 'Settings', match: (path: string) => path.startsWith('/settings') },
] as const;

/** Navigation between the product's sections, and the status line every screen shares. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const client = useClient();
  const reference = useRpc('reference.get', {}, { staleTime: Infinity });
  const nav = useRef<HTMLElement>(null);
  const main = useRef<HTMLElement>(null);
  // Choosing a section moves the focus to its content, so the next Tab is on the page, not in the menu.
  useEffect(() => {
    if (nav.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
  }, [location]);
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
              <li key={section.href}>
                <Link
                  href={section.href}
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
          <SyncIndicator />
          <span className="muted small">{client.host === 'electron' ? 'Desktop app' : 'Browser version'}</span>
          {reference.data ? (
            <span className="muted small">Reference data as of {displayDate(reference.data.asOf)}</span>
          ) : null}
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </div>
  );
}
