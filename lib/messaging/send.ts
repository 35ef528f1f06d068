import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  BackgroundResponses,
  BackgroundType,
  Envelope,
  Reply,
  TabRequests,
  TabResponses,
} from '@/lib/messages';

const NO_ANSWER =
  'Coffee Chat did not answer. Reload this page; if that does not help, reload the extension from chrome://extensions.';

/** Ask the background worker. Never throws: a failure comes back as `{ ok: false, error }`. */
export async function sendToBackground<K extends BackgroundType>(
  type: K,
  data: BackgroundRequest<K>,
): Promise<Reply<BackgroundResponses[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope)) as
      | Reply<BackgroundResponses[K]>
      | undefined;
    return reply ?? { ok: false, error: NO_ANSWER };
  } catch {
    return { ok: false, error: NO_ANSWER };
  }
}

/** Ask the content script in a LinkedIn tab. */
export async function sendToTab<K extends keyof TabRequests>(
  tabId: number,
  type: K,
  data: TabRequests[K],
): Promise<Reply<TabResponses[K]>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type, data } satisfies Envelope)) as
      | Reply<TabResponses[K]>
      | undefined;
    return reply ?? { ok: false, error: 'Reload the LinkedIn tab, then try again.' };
  } catch {
    // No content script in that tab: it was opened before Coffee Chat was installed or updated.
    return { ok: false, error: 'Reload the LinkedIn tab, then try again.' };
  }
}
