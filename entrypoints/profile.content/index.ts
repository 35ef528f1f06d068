import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { canonicalProfileUrl, isProfileUrl } from '@/lib/capture/profile-url';
import type { Envelope, Reply, TabResponses } from '@/lib/messaging/protocol';
import { SETTINGS_KEY, showPageButtonFrom } from '@/lib/page-button-setting';
import { captureAndSave } from './capture';
import { HOST_TAG, SaveButton } from './save-button';

const TOAST_MS = 5000;

export default defineContentScript({
  // Every LinkedIn page, not just /in/*: LinkedIn navigates without page loads, so a user who
  // goes from the feed to a profile never triggers a fresh injection. Off profiles it only
  // listens for URL changes.
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let button: SaveButton | undefined;
    /** The profile the button belongs to: an overlay (/overlay/contact-info/) is the same person. */
    let buttonFor: string | null = null;
    let showButton = await readShowButton();

    const save = async (target: SaveButton) => {
      target.render({ kind: 'saving' });
      const outcome = await captureAndSave();
      target.render({ kind: 'done', outcome });
      return outcome;
    };

    // `href` comes from the navigation event: it fires before location.href changes.
    const sync = (href = location.href) => {
      const profile = showButton ? canonicalProfileUrl(href) : null;
      if (!profile) {
        button?.remove();
        button = undefined;
        buttonFor = null;
        return;
      }
      if (button && buttonFor === profile) return; // same person: keep "Saved ✓"
      // A new profile (or a fresh page) starts from a clean "Save" state; never two buttons.
      button?.remove();
      document.querySelectorAll(HOST_TAG).forEach((stale) => stale.remove());
      const fresh: SaveButton = new SaveButton(() => void save(fresh));
      button = fresh;
      buttonFor = profile;
      document.documentElement.append(fresh.host);
    };

    sync();
    ctx.addEventListener(window, 'wxt:locationchange', (event) => sync(event.newUrl.href));
    ctx.onInvalidated(() => button?.remove());

    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      showButton = showPageButtonFrom(changes[SETTINGS_KEY]?.newValue);
      sync();
    };
    browser.storage.onChanged.addListener(onSettings);

    // The shortcut, the context menu and the popup ask this tab to capture.
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (message as Envelope | null)?.type !== 'captureNow') return undefined;
      void captureWithFeedback().then((outcome) =>
        sendResponse({ ok: true, data: outcome } satisfies Reply<TabResponses['captureNow']>),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // After an extension update the old script is orphaned: let go of everything it holds.
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onSettings);
      browser.runtime.onMessage.removeListener(onMessage);
    });

    async function captureWithFeedback() {
      if (!isProfileUrl(location.href)) {
        return { ok: false as const, error: 'Open a LinkedIn profile (linkedin.com/in/…) to save it.' };
      }
      if (button) return save(button);
      // The in-page button is hidden by the user's setting: show the result briefly, then go.
      const toast: SaveButton = new SaveButton(() => undefined, true);
      document.documentElement.append(toast.host);
      const outcome = await save(toast);
      ctx.setTimeout(() => toast.remove(), TOAST_MS);
      return outcome;
    }
  },
});

async function readShowButton(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return showPageButtonFrom(stored[SETTINGS_KEY]);
  } catch {
    return true;
  }
}
