import { readPage, type LayoutReaders, type PageRead } from './read-page';

// Readers already injected into this tab's isolated world (which LinkedIn's page cannot see):
// when a page needs both files, the second one finds the first's reader here.
const INJECTED = '__coffeeChatReaders';

/**
 * The body of an injected reader file. Here the page is laid out, so the browser's own
 * visibility test joins the static rules: it sees text hidden by LinkedIn's hashed
 * stylesheets, which no attribute reveals.
 */
export function readInjected(readers: LayoutReaders): PageRead {
  const world = globalThis as { [INJECTED]?: LayoutReaders };
  const all = (world[INJECTED] = { ...world[INJECTED], ...readers });
  return readPage(document, location.href, all, {
    checkVisibility: (el) =>
      typeof el.checkVisibility !== 'function' || el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true }),
  });
}
