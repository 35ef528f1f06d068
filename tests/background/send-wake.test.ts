import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '@/lib/messaging/send';

/**
 * When Chrome's extension layer cannot reach a stopped worker ("Receiving end does not
 * exist"), an extension page also starts it through its service-worker registration, and
 * asks again. A content script never touches navigator.serviceWorker: on LinkedIn it is the page's.
 */
const EXTENSION_PAGE = browser.runtime.getURL('/popup.html');

function stubPage(href: string) {
  let awake = false;
  const postMessage = vi.fn(() => {
    awake = true;
  });
  vi.stubGlobal('location', { href });
  vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ active: { postMessage } }) } });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => {
    if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, data: { contacts: 0 } };
  }) as never);
  return postMessage;
}

describe('a worker the runtime message cannot reach', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('an extension page wakes it through its registration and gets the answer', async () => {
    const postMessage = stubPage(EXTENSION_PAGE);
    const reply = await sendToBackground('syncReminders', {}, { retryDelaysMs: [10, 10, 10] });
    expect(reply).toEqual({ ok: true, data: { contacts: 0 } });
    expect(postMessage).toHaveBeenCalled();
  });

  it("a content script on LinkedIn leaves the page's service worker alone", async () => {
    const postMessage = stubPage('https://www.linkedin.com/in/ana-lima/');
    const reply = await sendToBackground('syncReminders', {}, { retryDelaysMs: [0, 0, 0] });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Coffee Chat is not answering') });
    expect(postMessage).not.toHaveBeenCalled();
  });
});
