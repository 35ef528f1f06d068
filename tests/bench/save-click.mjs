// A real click on "Save to Coffee Chat" (then "Save again") → "Saved ✓"/"Updated ✓" on a
// fixture profile, in the real browser. The card trusts only real input and lives in a closed
// shadow root, so the clicks come from Playwright's mouse (aimed with the DevTools protocol,
// which sees closed roots) and the time is taken inside the extension's isolated world, where
// chrome.dom.openOrClosedShadowRoot reaches the card: Playwright's round trips are not counted.
import path from 'node:path';
import { SHARED_FIXTURES, centerOf, launchWithExtension, median, percentile, serveLinkedIn } from './browser.mjs';

export async function benchSaveClick({ runs = 30 } = {}) {
  const { context, worker } = await launchWithExtension();
  try {
    const url = 'https://www.linkedin.com/in/priya-raman-ux/';
    await serveLinkedIn(context, { [url]: path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html') });
    const page = await context.newPage();
    await page.goto(url);
    const cdp = await context.newCDPSession(page);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
    await page.waitForFunction(() => [...document.documentElement.children].some((e) => e.tagName === 'DIV'));
    // Each function is written inside worker.evaluate: the worker's CSP forbids building one from text.
    await worker.evaluate(async (tabId) => {
      await chrome.scripting.executeScript({
        target: { tabId },
        func: () => {
          const host = [...document.documentElement.children].find((e) => e.tagName === 'DIV');
          const root = chrome.dom.openOrClosedShadowRoot(host);
          const status = root.querySelector('[data-role="status"]');
          const times = (globalThis.__coffeeChatBench = []);
          let start = 0;
          root.addEventListener('click', (e) => e.isTrusted && (start = performance.now()), true);
          new MutationObserver(() => {
            if (start && (/✓/.test(status.dataset.t ?? '') || status.classList.contains('error'))) {
              times.push(performance.now() - start);
              start = 0;
            }
          }).observe(status, { attributes: true });
        },
      });
    }, tabId);
    const measured = () =>
      worker.evaluate(
        async (tabId) =>
          (await chrome.scripting.executeScript({ target: { tabId }, func: () => globalThis.__coffeeChatBench }))[0].result,
        tabId,
      );
    let target = await centerOf(cdp, 'save');
    for (let i = 0; i < runs; i++) {
      await page.mouse.click(target.x, target.y);
      for (const end = Date.now() + 10_000; (await measured()).length <= i; ) {
        if (Date.now() > end) throw new Error(`Save ${i + 1} never finished`);
        await page.waitForTimeout(10);
      }
      if (i === 0) target = await centerOf(cdp, 'again');
      await page.waitForTimeout(20);
    }
    const times = await measured();
    return { runs, medianMs: +median(times).toFixed(1), p95Ms: +percentile(times, 95).toFixed(1) };
  } finally {
    // A failure above may have taken the browser down already.
    await context.close().catch(() => {});
  }
}
