import { browser } from 'wxt/browser';
import { startChecking } from './checking';
import type {
  BackgroundRequest,
  BackgroundResponses,
  BackgroundType,
  Envelope,
  Reply,
  TabRequests,
  TabResponses,
} from '@/lib/messaging/protocol';

/**
 * Said only when the worker never answered at all, after asking again with the same request
 * id: a write that committed would have been answered by one of the retries.
 */
const NO_ANSWER =
  'Coffee Chat is not answering. Nothing is lost: try again in a moment (it will not be saved twice); if it keeps happening, reload the extension from chrome://extensions.';

/** Waits before asking again: the browser restarts a stopped worker on the next message. */
const RETRY_DELAYS_MS = [250, 1000, 3000];

export interface SendOptions {
  /**
   * Called when the first try got no answer and the helper is asking again. Every page already
   * shows "Checking…" for it (CheckingStatus); this is for a caller that also words its own status.
   */
  onChecking?: () => void;
  /** For tests: how long to wait before each retry. */
  retryDelaysMs?: readonly number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ask the background worker. Never throws: a failure comes back as `{ ok: false, error }`.
 *
 * Every request carries a requestId made here. When no answer comes (MV3 stopped the worker
 * mid-request, or just after it committed), the same request is sent again with the SAME id:
 * the background returns the stored answer of a request that already committed, and runs it
 * for the first time otherwise — so a retry never writes twice and a saved write is never
 * reported as failed.
 */
export async function sendToBackground<K extends BackgroundType>(
  type: K,
  data: BackgroundRequest<K>,
  options: SendOptions = {},
): Promise<Reply<BackgroundResponses[K]>> {
  const envelope: Envelope = { type, data, requestId: crypto.randomUUID() };
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  // Set while this request is asked again: the page's "Checking…" (lib/messaging/checking.ts).
  let checked: (() => void) | undefined;
  try {
    for (let attempt = 0; ; attempt += 1) {
      const reply = await ask<BackgroundResponses[K]>(envelope);
      if (reply) return reply;
      const delay = delays[attempt];
      if (delay === undefined) return { ok: false, error: NO_ANSWER };
      if (attempt === 0) {
        checked = startChecking();
        options.onChecking?.();
      }
      wakeThroughRegistration();
      await sleep(delay);
    }
  } finally {
    checked?.();
  }
}

/**
 * A second way to start the worker, for extension pages only. A runtime message reaches the
 * worker through Chrome's extension layer; in CI, after a worker stop, that layer twice kept
 * answering "Receiving end does not exist" for the 21 s a soak kept asking. A message posted to
 * the worker's registration starts it through the browser's service-worker layer instead (the
 * worker needs no handler for it). A content script skips this: its navigator.serviceWorker is
 * LinkedIn's, and the page must not see us.
 */
function wakeThroughRegistration(): void {
  if (typeof location === 'undefined' || typeof navigator === 'undefined') return;
  if (!location.href.startsWith(browser.runtime.getURL('/'))) return;
  navigator.serviceWorker
    ?.getRegistration()
    .then((registration) => registration?.active?.postMessage('wake'))
    .catch(() => {
      // No registration to reach: the runtime message retry is still on its way.
    });
}

async function ask<T>(envelope: Envelope): Promise<Reply<T> | undefined> {
  try {
    return (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  } catch {
    // "The message port closed before a response was received": the worker stopped.
    return undefined;
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
