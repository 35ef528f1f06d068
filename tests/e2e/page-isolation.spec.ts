import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './extension-db';
import { fixturePath, sharedManifest } from './linkedin-routes';
import { ProfilePage } from './pages';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

/**
 * A LinkedIn page that spies: before anything of ours runs, it records every message posted
 * to the window (WXT used to post the extension id there).
 */
function spyingPage() {
  const spy = `<script>
    window.__messages = [];
    addEventListener('message', (e) => { try { window.__messages.push(JSON.stringify(e.data)); } catch { window.__messages.push(String(e.data)); } });
  </script>`;
  return readFileSync(fixturePath(priya), 'utf8').replace('<head>', `<head>${spy}`);
}

/** Everything the page's own scripts can learn about our host element. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children].filter((el) => el.tagName === 'DIV');
    const host = hosts[0] as HTMLElement | undefined;
    const found: Record<string, boolean> = {};
    for (const word of ['Saved', 'Updated', 'changed jobs', 'Coffee Chat', '✓', 'Priya Raman (your edit)']) {
      getSelection()?.removeAllRanges();
      found[word] = (window as unknown as { find(s: string): boolean }).find(word);
    }
    getSelection()?.removeAllRanges();
    const rect = host?.getBoundingClientRect();
    return {
      hosts: hosts.length,
      shadowRoot: host?.shadowRoot ?? null,
      attributes: host?.getAttributeNames() ?? [],
      childNodes: host?.childNodes.length ?? 0,
      text: host?.textContent ?? '',
      rect: rect && { width: rect.width, height: rect.height },
      scroll: host && { width: host.scrollWidth, height: host.scrollHeight },
      found,
    };
  });
}

test('a script in the LinkedIn page can neither save, read nor stop the button; a real click still saves', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  linkedin.serveHtml(priya.url, spyingPage());
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(priya.url);
  await expect.poll(() => profile.hostCount()).toBe(1);
  const target = await profile.saveControlCenter();

  // 1. Synthetic input of every kind the page can make, on this profile and on others it
  //    navigates to by pushState with rewritten markup.
  const attempts = await page.evaluate(
    async ({ x, y, id }) => {
      const host = [...document.documentElement.children].find((el) => el.tagName === 'DIV') as HTMLElement;
      const log: string[] = [];
      log.push(`shadowRoot:${String(host.shadowRoot)}`);
      try {
        host.attachShadow({ mode: 'open' });
        log.push('attached');
      } catch {
        log.push('attach refused');
      }
      const poke = () => {
        const under = document.elementFromPoint(x, y) as HTMLElement | null;
        log.push(`under:${under === host}`);
        host.click();
        under?.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        host.focus();
        for (const key of ['Enter', ' ']) {
          host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          host.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
        }
      };
      poke();
      for (const slug of ['ana-lima', 'ben-okafor', 'chen-wei']) {
        document.querySelectorAll('h2').forEach((h) => (h.textContent = slug));
        history.pushState({}, '', `/in/${slug}/`);
        await new Promise((r) => setTimeout(r, 150));
        poke();
      }
      history.pushState({}, '', '/in/priya-raman-ux/');
      const heard = [...(window as unknown as { __messages: string[] }).__messages];
      // 2. The started-event trick, by a page that knows the (public) extension id: WXT's
      //    content scripts shut down when document receives this event.
      for (const name of ['profile', 'page-button']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'page' }, '*');
      }
      await new Promise((r) => setTimeout(r, 1000));
      return { log, heard };
    },
    { ...target, id: extensionId },
  );
  expect(attempts.log).toContain('shadowRoot:null');
  expect(attempts.log).toContain('attach refused');
  expect(attempts.log).toContain('under:true');
  expect(await readTable(serviceWorker, 'contacts')).toHaveLength(0);

  // 3. The page never heard the extension id (messages posted before its own trick).
  expect(attempts.heard.filter((m) => m.includes(extensionId))).toEqual([]);

  // 4. Nothing readable: a bare <div>, no root, no text, and window.find() finds none of our words.
  const idle = await pageView(page);
  expect(idle).toMatchObject({ hosts: 1, shadowRoot: null, attributes: [], childNodes: 0, text: '' });
  expect(Object.values(idle.found)).not.toContain(true);

  // 5. The button is still there and a real click saves.
  await expect.poll(() => profile.hostCount()).toBe(1);
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Saved ✓');
  expect(await readTable(serviceWorker, 'contacts')).toHaveLength(1);
  const created = await pageView(page);

  // 6. Saving again: the page cannot tell "Updated" from "Saved" — same size, same nothing.
  await profile.save();
  await expect.poll(() => profile.status()).toBe('Updated ✓');
  const updated = await pageView(page);
  expect(updated).toEqual(created);
  expect(Object.values(updated.found)).not.toContain(true);
  expect(updated).toMatchObject({ hosts: 1, shadowRoot: null, attributes: [], childNodes: 0, text: '' });

  // 7. The shortcut and the menu still reach the content script after the trick.
  const outcome = await serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'captureNow', data: {} });
  }, priya.url);
  expect(outcome).toMatchObject({ ok: true, data: { ok: true, status: 'updated' } });
  expect(await readTable(serviceWorker, 'contacts')).toHaveLength(1);
});

test('the page cannot tell a first save from a re-save of someone saved before', async ({ context, linkedin }) => {
  linkedin.serve(priya.url, fixturePath(priya));
  const views = [];
  for (const expected of ['Saved ✓', 'Updated ✓']) {
    const page = await context.newPage();
    const profile = await new ProfilePage(page).open(priya.url);
    await profile.save();
    await expect.poll(() => profile.status()).toBe(expected);
    views.push(await pageView(page));
    await page.close();
  }
  expect(views[1]).toEqual(views[0]);
});
