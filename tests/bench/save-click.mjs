// Click "Save to Coffee Chat" → "Saved ✓"/"Updated ✓" on a fixture profile, in the real browser.
import path from 'node:path';
import { SHARED_FIXTURES, launchWithExtension, median, percentile, serveLinkedIn } from './browser.mjs';

export async function benchSaveClick({ runs = 30 } = {}) {
  const { context } = await launchWithExtension();
  try {
    const url = 'https://www.linkedin.com/in/priya-raman-ux/';
    await serveLinkedIn(context, { [url]: path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html') });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('coffee-chat-save [data-role="save"]').waitFor();
    // Timed inside the page so Playwright's round trips are not counted.
    const times = await page.evaluate(async (n) => {
      const root = document.querySelector('coffee-chat-save').shadowRoot;
      const button = root.querySelector('[data-role="save"]');
      const status = root.querySelector('[data-role="status"]');
      const out = [];
      for (let i = 0; i < n; i++) {
        const done = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (/✓/.test(status.textContent) || status.classList.contains('error')) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
        });
        const t0 = performance.now();
        button.click();
        out.push((await done) - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return out;
    }, runs);
    return { runs, medianMs: +median(times).toFixed(1), p95Ms: +percentile(times, 95).toFixed(1) };
  } finally {
    await context.close();
  }
}
