export type Route =
  /** `due`: open with "Due now" ticked (`#/contacts?due=1`, what a reminder notification opens). */
  | { page: 'contacts'; due?: boolean }
  | { page: 'contact'; id: string }
  | { page: 'board' }
  | { page: 'network' }
  | { page: 'progress' }
  | { page: 'templates' }
  | { page: 'settings' }
  /** `export`: start the backup export at once (`#/backup?export=1`, the backup reminder's one click). */
  | { page: 'backup'; export?: boolean }
  | { page: 'not-found'; hash: string };

export type NavPage = 'contacts' | 'board' | 'network' | 'progress' | 'templates' | 'settings' | 'backup';

export const NAV_PAGES: ReadonlyArray<{ page: NavPage; label: string }> = [
  { page: 'contacts', label: 'Contacts' },
  { page: 'board', label: 'Board' },
  { page: 'network', label: 'Network' },
  { page: 'progress', label: 'Progress' },
  { page: 'templates', label: 'Templates' },
  { page: 'settings', label: 'Settings' },
  { page: 'backup', label: 'Backup' },
];

const SIMPLE = new Set<string>(NAV_PAGES.map((p) => p.page));

/** `#/contacts/<id>` and friends; an empty hash is the contacts list. */
export function parseRoute(hash: string): Route {
  const [rawPath = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '' || path === 'contacts') {
    return new URLSearchParams(search).get('due') === '1' ? { page: 'contacts', due: true } : { page: 'contacts' };
  }
  const [head, ...rest] = path.split('/');
  if (head === 'contacts' && rest.length === 1 && rest[0]) {
    try {
      return { page: 'contact', id: decodeURIComponent(rest[0]) };
    } catch {
      return { page: 'not-found', hash };
    }
  }
  if (head === 'backup' && rest.length === 0 && new URLSearchParams(search).get('export') === '1') return { page: 'backup', export: true };
  if (head && rest.length === 0 && SIMPLE.has(head)) return { page: head as NavPage };
  return { page: 'not-found', hash };
}

export function routeHref(route: { page: NavPage } | { page: 'contact'; id: string }): string {
  return route.page === 'contact' ? contactHref(route.id) : `#/${route.page}`;
}

export function contactHref(id: string): string {
  return `#/contacts/${encodeURIComponent(id)}`;
}

/** Which nav entry to highlight: a contact page belongs to Contacts. */
export function navPageOf(route: Route): NavPage | undefined {
  if (route.page === 'contact') return 'contacts';
  if (route.page === 'not-found') return undefined;
  return route.page;
}
