/**
 * Where the settings live, and the one setting the content script reads. Apart from
 * lib/settings.ts because that file carries the zod schema and WXT's storage wrapper, and
 * neither should ship to every LinkedIn page. lib/settings.ts defines its storage item with
 * SETTINGS_ITEM_KEY, so the pages and this reader cannot drift apart.
 */
export const SETTINGS_ITEM_KEY = 'local:settings' as const;
/** The same key without WXT's area prefix, as storage.local and storage.onChanged name it. */
export const SETTINGS_KEY = SETTINGS_ITEM_KEY.slice('local:'.length);

/** Settings are validated in full by the extension's pages; here only this flag matters. */
export function showPageButtonFrom(settings: unknown): boolean {
  const flag = (settings as { showPageButton?: unknown } | null | undefined)?.showPageButton;
  return typeof flag === 'boolean' ? flag : true;
}
