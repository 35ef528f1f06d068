import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { canonicalProfileUrl, isProfileUrl } from '@/lib/capture/profile-url';
import type { CaptureOutcome, Envelope, Reply, TabResponses } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { SETTINGS_KEY, showPageButtonFrom } from '@/lib/page-button-setting';
import { attachHost, PageCard, type CardActions } from './page-card';
import { watchLocation } from './watch-location';

const TOAST_MS = 8000;
/** This script's copy in the extension's isolated world: invisible to the page, unlike the DOM. */
const COPY = Symbol.for('coffee-chat.page-button');

/**
 * The content script on every LinkedIn page (declared in wxt.config.ts): the Save button and
 * page detection only. The reader is not here: the background injects it per capture.
 *
 * It is an unlisted script rather than a WXT content script on purpose. WXT's content-script
 * wrapper (ContentScriptContext) announces each start to the page, by window.postMessage and
 * by an event on `document`, both named "<extension id>:…content-script-started", and shuts
 * the script down when `document` receives that event — which LinkedIn's page can dispatch.
 * Without the wrapper the page learns no id and has no off switch.
 */
export default defineUnlistedScript(() => start());

function start() {
  const world = globalThis as typeof globalThis & { [COPY]?: () => void };
  // A copy from before an extension update, still in this world: it lets go first.
  world[COPY]?.();

  let card: PageCard | undefined;
  /** The profile the card belongs to: an overlay (/overlay/contact-info/) is the same person. */
  let cardFor: string | null = null;
  let showButton = true;

  const actions = (target: () => PageCard): CardActions => ({
    save: () => void save(target()),
    async edit(contactId, patch) {
      const reply = await sendToBackground('editCapture', { contactId, patch });
      return reply.ok ? reply.data.review : reply.error;
    },
  });

  async function save(target: PageCard): Promise<CaptureOutcome> {
    target.render({ kind: 'saving' });
    // The background reads this tab itself (see entrypoints/background/page-capture.ts).
    const reply = await sendToBackground('captureTab', {});
    const outcome: CaptureOutcome = reply.ok ? { ok: true, ...reply.data } : reply;
    target.render({ kind: 'done', outcome });
    return outcome;
  }

  // `href` is where a same-document navigation arrived (see watch-location.ts).
  const sync = (href = location.href) => {
    if (!alive()) return stop();
    const profile = showButton ? canonicalProfileUrl(href) : null;
    if (card && cardFor === profile) return; // same person: keep the card as it is
    card?.remove();
    card = undefined;
    cardFor = profile;
    if (!profile) return;
    // A new profile (or a fresh page) starts from a clean "Save" state; never two buttons.
    const fresh: PageCard = new PageCard(actions(() => fresh));
    card = fresh;
    attachHost(fresh.host);
  };

  const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    showButton = showPageButtonFrom(changes[SETTINGS_KEY]?.newValue);
    sync();
  };

  // The shortcut, the context menu and the popup ask this tab to capture.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || (message as Envelope | null)?.type !== 'captureNow') return undefined;
    void captureNow().then((outcome) =>
      sendResponse({ ok: true, data: outcome } satisfies Reply<TabResponses['captureNow']>),
    );
    return true;
  };

  async function captureNow(): Promise<CaptureOutcome> {
    if (!isProfileUrl(location.href)) {
      return { ok: false, error: 'Open a LinkedIn profile (linkedin.com/in/…) to save it.' };
    }
    if (card) return save(card);
    // The in-page button is switched off: show the result for a while, then go. The clock
    // starts now, not when saving ends, so the page cannot time the save.
    const toast: PageCard = new PageCard(actions(() => toast), true);
    attachHost(toast.host);
    const removal = new Promise((resolve) => setTimeout(resolve, TOAST_MS));
    const outcome = save(toast);
    void Promise.all([removal, outcome]).then(() => toast.remove());
    return outcome;
  }

  // Back from chrome://extensions after an update: an orphaned copy clears its button.
  const onVisible = () => {
    if (!alive()) stop();
  };

  const unwatch = watchLocation((href) => sync(href));
  browser.storage.onChanged.addListener(onSettings);
  browser.runtime.onMessage.addListener(onMessage);
  document.addEventListener('visibilitychange', onVisible);

  function stop() {
    unwatch();
    document.removeEventListener('visibilitychange', onVisible);
    try {
      browser.storage.onChanged.removeListener(onSettings);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: its listeners went with it.
    }
    card?.remove();
    card = undefined;
    if (world[COPY] === stop) delete world[COPY];
  }
  world[COPY] = stop;

  void readShowButton().then((show) => {
    showButton = show;
    sync();
  });
}

/** After an update or uninstall, this copy is orphaned: the runtime no longer knows it. */
function alive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function readShowButton(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return showPageButtonFrom(stored[SETTINGS_KEY]);
  } catch {
    return true;
  }
}
