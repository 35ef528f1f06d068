import { browser } from 'wxt/browser';
import { contactHref } from '@/lib/workspace/routes';

/**
 * Paths of the extension's own pages, built in one place: the popup's `?contact=&template=`
 * and the workspace's `#/…` routes are read back by those pages, so writer and reader agree.
 */
export const pagePaths = {
  workspace: (hash = '') => `/workspace.html${hash}`,
  contact: (contactId: string) => `/workspace.html${contactHref(contactId)}`,
  dueList: () => '/workspace.html#/contacts?due=1',
  settings: () => '/workspace.html#/settings',
  /** The Backup page, starting an export as it opens (the backup reminder's one click). */
  exportBackup: () => '/workspace.html#/backup?export=1',
  /** The popup's drafting screen for one person, optionally opening on a template kind. */
  draft: (contactId: string, kind?: string) =>
    `/popup.html?contact=${encodeURIComponent(contactId)}${kind ? `&template=${encodeURIComponent(kind)}` : ''}`,
  /** Chrome's offscreen document that builds the weekly backup file (lib/backup/offscreen-backup.ts). */
  offscreenBackup: () => '/offscreen-backup.html',
} as const;

/** What the popup was opened for: `pagePaths.draft` read back. */
export function draftRequestOf(search: string): { contactId: string; kind: string | null } | undefined {
  const params = new URLSearchParams(search);
  const contactId = params.get('contact');
  return contactId ? { contactId, kind: params.get('template') } : undefined;
}

/** The full chrome-extension:// (or moz-extension://) URL of one of our pages. */
export function pageUrl(path: string): string {
  // The cast: WXT types getURL with the list of built files, which a built path always is.
  return browser.runtime.getURL(path as '/popup.html');
}

/** The drafting screen in a small window of its own (from the workspace or a notification). */
export async function openDraftWindow(contactId: string, kind?: string): Promise<void> {
  await browser.windows.create({ url: pageUrl(pagePaths.draft(contactId, kind)), type: 'popup', width: 420, height: 640 });
}
