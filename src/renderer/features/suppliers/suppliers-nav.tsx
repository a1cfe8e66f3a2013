import { Link, useLocation } from 'wouter';

/** The two views of the section: the registry and the compliance view. */
export function SuppliersNav() {
  const [location] = useLocation();
  const compliance = location.startsWith('/suppliers/compliance');
  return (
    <nav className="sub-nav" aria-label="Suppliers and documents views">
      <Link
        href="/suppliers"
        className={`sub-nav-link ${compliance ? '' : 'is-active'}`}
        aria-current={compliance ? undefined : 'page'}
      >
        Supplier registry
      </Link>
      <Link
        href="/suppliers/compliance"
        className={`sub-nav-link ${compliance ? 'is-active' : ''}`}
        aria-current={compliance ? 'page' : undefined}
      >
        Compliance view
      </Link>
    </nav>
  );
}
