import { NAV_PAGES, routeHref, type NavPage } from '@/lib/workspace/routes';

export function WorkspaceNav({ current }: { current: NavPage | undefined }) {
  return (
    <nav className="workspace-nav" aria-label="Workspace">
      <p className="brand">☕ Coffee Chat</p>
      <ul>
        {NAV_PAGES.map(({ page, label }) => (
          <li key={page}>
            <a href={routeHref({ page })} aria-current={page === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
