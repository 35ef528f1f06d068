/**
 * The one setting the content script reads. It lives apart from lib/settings.ts because that
 * file carries the zod schema, and zod must not ship to every LinkedIn page.
 */
export const SETTINGS_KEY = 'settings';

/** Settings are validated in full by the extension's pages; here only this flag matters. */
export function showPageButtonFrom(settings: unknown): boolean {
  const flag = (settings as { showPageButton?: unknown } | null | undefined)?.showPageButton;
  return typeof flag === 'boolean' ? flag : true;
}
