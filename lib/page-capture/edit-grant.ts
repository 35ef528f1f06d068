import { browser } from 'wxt/browser';

/**
 * Which contact a tab may correct from its review card: the one it just saved, nothing else.
 * A content script lives inside LinkedIn's page, so the background never takes its word for
 * a contact id. Kept in storage.session: it outlives the worker's restarts (an edit may come
 * minutes after the save), content scripts cannot read it, and it is gone when the browser closes.
 */
export interface TabSender {
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

interface Grant {
  contactId: string;
  documentId?: string;
}

const keyFor = (tabId: number) => `review-card-tab-${tabId}`;

/** The top frame of a tab, or undefined for anything else (a frame, a page without a tab). */
export function topFrameTab(sender: TabSender): number | undefined {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  return sender.frameId === undefined || sender.frameId === 0 ? tabId : undefined;
}

export async function grantEdit(sender: TabSender, contactId: string): Promise<void> {
  const tabId = topFrameTab(sender);
  if (tabId === undefined) return;
  const grant: Grant = { contactId, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
  await browser.storage.session.set({ [keyFor(tabId)]: grant });
}

export async function mayEdit(sender: TabSender, contactId: string): Promise<boolean> {
  const tabId = topFrameTab(sender);
  if (tabId === undefined) return false;
  const key = keyFor(tabId);
  const grant = (await browser.storage.session.get(key))[key] as Grant | undefined;
  if (!grant || grant.contactId !== contactId) return false;
  // Another page loaded in this tab since the save: its review card is not the one we opened.
  return !grant.documentId || grant.documentId === sender.documentId;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
