// Backup export and import of 10,000 and 50,000 generated contacts with long notes, in the real
// extension in headless Chromium, driven through the Backup page's own buttons.
//
// Times are taken inside the page (performance.now from the click or the file's change event
// to the sentence the page shows at the end). Peak memory is the page's JS heap, sampled over
// the DevTools protocol every 100 ms while each step runs (a sample cannot land while the main
// thread is busy, so the true peak may be a little higher; Blob parts live outside the heap).
import { readFileSync, statSync } from 'node:fs';
import { launchWithExtension } from './browser.mjs';

const GENERATOR_SOURCE = readFileSync(new URL('./generate-contacts.mjs', import.meta.url), 'utf8').replace(/^export\s+/gm, '');
/** Characters of notes per contact: long, yet 50,000 of them stay within the 300 M backup limit. */
const NOTE_CHARS = 2_000;
const STORES = ['contacts', 'events', 'meetings', 'reminders', 'outreach', 'templates', 'interviews'];

export async function benchBackup({ counts = [10_000, 50_000] } = {}) {
  const rows = [];
  const add = (metric, value, unit, target, ok) => rows.push({ metric, value, unit, target, ok });
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts`);
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'coffee-chat'));
    for (const count of counts) {
      const n = count.toLocaleString('en');
      try {
        await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts`);
        await page.evaluate(clearStores, STORES);
        await page.evaluate(seedScript(count));
        await page.goto(`chrome-extension://${extensionId}/workspace.html#/backup`);
        await page.getByRole('button', { name: 'Export backup' }).waitFor();

        const downloading = page.waitForEvent('download', { timeout: 600_000 });
        const exported = await sampled(cdp, () => page.evaluate(clickAndWait, { button: 'Export backup', done: '^Saved .* to your downloads\\.$' }));
        const file = await (await downloading).path();
        const mb = statSync(file).size / 2 ** 20;
        add(`export ${n} contacts (${NOTE_CHARS.toLocaleString('en')}-char notes), click → file saved`, Math.round(exported.value), 'ms', '< 1000', exported.value < 1000);
        add(`  file size`, +mb.toFixed(1), 'MiB', '-', null);
        add(`  page JS heap during export: peak (before)`, `${exported.peak} (${exported.before})`, 'MiB', '-', null);

        await page.evaluate(clearStores, STORES);
        await page.evaluate(armChangeClock);
        const imported = await sampled(cdp, async () => {
          await page.getByLabel('Import backup').setInputFiles(file);
          return page.evaluate(clickAndWait, { done: `^${count} added$`, sinceChange: true });
        });
        if (typeof imported.value === 'string') add(`import ${n} contacts`, `error: ${imported.value.slice(0, 200)}`, 'ms', '< 5000', false);
        else add(`import ${n} contacts, file chosen → report (all data and reminders committed)`, Math.round(imported.value), 'ms', '< 5000', imported.value < 5000);
        add(`  page JS heap during import: peak (before)`, `${imported.peak} (${imported.before})`, 'MiB', '-', null);
      } catch (error) {
        add(`backup at ${n} contacts`, `error: ${String(error?.message ?? error).split('\n')[0].slice(0, 200)}`, '', '', false);
      }
    }
  } finally {
    await context.close();
  }
  return rows;
}

/** Runs `step` while sampling the page's JS heap; returns its value and the peak, in MiB. */
async function sampled(cdp, step) {
  await cdp.send('HeapProfiler.collectGarbage');
  const mib = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  const before = await mib();
  let peak = before;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await mib().catch(() => peak));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const value = await step();
    return { value, peak: Math.round(Math.max(peak, await mib())), before: Math.round(before) };
  } finally {
    running = false;
    await sampler;
  }
}

function seedScript(count) {
  return `(async () => {
${GENERATOR_SOURCE}
const filler = 'Long research notes: questions to ask, what they said about the team, books they recommended, follow-ups. ';
const contacts = generateContacts(${Number(count)}, 21).map((c) => ({ ...c, notes: (c.notes + ' ' + filler.repeat(30)).slice(0, ${NOTE_CHARS}) }));
const db = await new Promise((resolve, reject) => { const o = indexedDB.open('coffee-chat'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
await new Promise((resolve, reject) => {
  const tx = db.transaction('contacts', 'readwrite');
  for (const c of contacts) tx.objectStore('contacts').put(c);
  tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
});
db.close();
})()`;
}

async function clearStores(stores) {
  const db = await new Promise((resolve, reject) => {
    const o = indexedDB.open('coffee-chat');
    o.onsuccess = () => resolve(o.result);
    o.onerror = () => reject(o.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const s of stores) if (s !== 'templates') tx.objectStore(s).clear();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * In the page (self-contained: Playwright sends only this function's source): clicks the
 * button, or with `sinceChange` starts from the file input's change event, and resolves with
 * the milliseconds until a paragraph or list item matches `done` — or with the text of an alert.
 */
async function clickAndWait({ button, done, sinceChange = false }) {
  const re = new RegExp(done);
  let t0 = sinceChange ? (globalThis.__ccChangeAt ?? performance.now()) : performance.now();
  const finished = new Promise((resolve) => {
    const check = () => {
      const hit = [...document.querySelectorAll('p, li')].some((el) => re.test(el.textContent.trim()));
      const alert = document.querySelector('[role="alert"]');
      if (hit || alert) {
        observer.disconnect();
        resolve(hit ? performance.now() - t0 : alert.textContent);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  });
  if (!sinceChange) {
    t0 = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === button).click();
  }
  return finished;
}

function armChangeClock() {
  globalThis.__ccChangeAt = null;
  document.addEventListener('change', () => (globalThis.__ccChangeAt = performance.now()), { capture: true, once: true });
}
