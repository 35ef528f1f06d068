// What a worker wake costs the user at 10,000 contacts, each with one open reminder, in the
// real extension in headless Chromium (issue 11: reconcile on every wake, cheaply).
//
// The worker reconciles at the top level of every start (entrypoints/background/index.ts) and
// answers `syncReminders` only after that reconcile, as its own projection queues behind it
// (reminders.ts). So, from an extension page:
//   warm: `syncReminders` round-trip to a running worker = one projection of the open reminders;
//   cold: the worker stopped over CDP, then the same message = start-up + the wake's reconcile
//         + that projection. Cold minus warm is what a wake adds.
// The same at 0 contacts separates the worker's own start-up from the work on the data. The
// floor is the raw indexed query in the page: IDBIndex 'status' getAll of pending and snoozed;
// beside it, the same records by primary key (is it the index or the reads?) and by a cursor
// (what Dexie's anyOf walks).
// Reminders are all due ahead, so no wake re-derives or notifies, and the 'derived-from' marker
// is the one the fresh install wrote for the stored settings: no wake re-derives everything
// (checked below: all 10,000 stay open). Times are performance.now inside the page; median of RUNS.
import { readFileSync } from 'node:fs';
import { launchWithExtension, median } from './browser.mjs';

const GENERATOR_SOURCE = readFileSync(new URL('./generate-contacts.mjs', import.meta.url), 'utf8').replace(/^export\s+/gm, '');
const RUNS = 5;
const COUNT = 10_000;

export async function benchWake() {
  const rows = [];
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts`);
    // Opening the database before the worker made it would create an empty one.
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'coffee-chat'));
    // The install's rebuild records which settings the (no) reminders follow.
    for (let tries = 0; !(await page.evaluate(readMarker)); tries++) {
      if (tries > 100) throw new Error("The worker wrote no 'derived-from' marker after install.");
      await page.waitForTimeout(100);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stop = () => cdp.send('ServiceWorker.stopAllWorkers');

    const measure = async (label) => {
      // One cold wake first, not counted: the first sync after seeding sets the alarms.
      await stop();
      await page.evaluate(syncReminders);
      const warm = [];
      const cold = [];
      for (let i = 0; i < RUNS; i++) {
        warm.push(await page.evaluate(syncReminders));
        await stop();
        cold.push(await page.evaluate(syncReminders));
      }
      const w = median(warm);
      const c = median(cold);
      rows.push({ contacts: label, metric: 'warm: syncReminders round-trip (one projection)', medianMs: round(w) });
      rows.push({ contacts: label, metric: 'cold: worker stopped → same reply (start-up + wake reconcile + projection)', medianMs: round(c) });
      rows.push({ contacts: label, metric: '  what a wake adds (cold − warm)', medianMs: round(c - w) });
    };

    await measure('0');

    const seeded = await page.evaluate(seedScript(COUNT));
    const n = COUNT.toLocaleString('en');
    const floor = [];
    const whole = [];
    const cursor = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await page.evaluate(rawQuery));
      whole.push(await page.evaluate(rawQuery, { wholeStore: true }));
      cursor.push(await page.evaluate(rawCursor));
    }
    rows.push({ contacts: n, metric: "floor: raw IDBIndex 'status' getAll pending + snoozed, in the page", medianMs: round(median(floor.map((f) => f.ms))) });
    // Tells the index apart from the machine: the same records by primary key, in one request.
    rows.push({ contacts: n, metric: "  reference: raw objectStore('reminders').getAll(), in the page", medianMs: round(median(whole.map((f) => f.ms))) });
    // Dexie's where().anyOf() (openReminders) walks a cursor like this one rather than calling getAll.
    rows.push({ contacts: n, metric: "  reference: raw cursor over IDBIndex 'status' [pending, snoozed], in the page", medianMs: round(median(cursor)) });
    await measure(n);

    const after = await page.evaluate(rawQuery);
    const alarms = await page.evaluate(async () => (await chrome.alarms.getAll()).length);
    rows.push({ contacts: n, metric: `check: open reminders seeded → after the wakes; alarms set`, medianMs: `${seeded} → ${after.count}; ${alarms}` });
  } finally {
    await context.close();
  }
  return rows;
}

const round = (ms) => Math.round(ms * 10) / 10;

// In the page (each self-contained: Playwright sends only the function's source).

function readMarker() {
  return new Promise((resolve) => {
    const o = indexedDB.open('coffee-chat');
    o.onerror = () => resolve(undefined);
    o.onsuccess = () => {
      const db = o.result;
      if (!db.objectStoreNames.contains('meta')) return resolve(db.close());
      const get = db.transaction('meta').objectStore('meta').get('derived-from');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => resolve(undefined);
      get.transaction.oncomplete = () => db.close();
    };
  });
}

function rawQuery({ wholeStore = false } = {}) {
  return new Promise((resolve, reject) => {
    const o = indexedDB.open('coffee-chat');
    o.onerror = () => reject(o.error);
    o.onsuccess = () => {
      const db = o.result;
      const t0 = performance.now();
      const store = db.transaction('reminders').objectStore('reminders');
      const found = [];
      const keys = wholeStore ? [undefined] : ['pending', 'snoozed'];
      let left = keys.length;
      for (const key of keys) {
        const req = wholeStore ? store.getAll() : store.index('status').getAll(key);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          found.push(...req.result);
          if (--left === 0) {
            const ms = performance.now() - t0;
            db.close();
            resolve({ ms, count: found.length });
          }
        };
      }
    };
  });
}

function rawCursor() {
  return new Promise((resolve, reject) => {
    const o = indexedDB.open('coffee-chat');
    o.onerror = () => reject(o.error);
    o.onsuccess = () => {
      const db = o.result;
      const t0 = performance.now();
      const req = db.transaction('reminders').objectStore('reminders').index('status').openCursor(IDBKeyRange.bound('pending', 'snoozed'));
      let count = 0;
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const c = req.result;
        if (c) {
          if (c.key === 'pending' || c.key === 'snoozed') count++;
          return c.continue();
        }
        const ms = performance.now() - t0;
        db.close();
        resolve(count ? ms : NaN);
      };
    };
  });
}

async function syncReminders() {
  const t0 = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'syncReminders', data: {} });
  const ms = performance.now() - t0;
  if (!reply?.ok) throw new Error(`syncReminders failed: ${JSON.stringify(reply)}`);
  return ms;
}

/** 10,000 generated contacts, each with one keep-in-touch reminder due in the next 60 days (one in ten snoozed). */
function seedScript(count) {
  return `(async () => {
${GENERATOR_SOURCE}

const now = Date.now();
const contacts = generateContacts(${Number(count)}, 21);
const reminders = contacts.map((c, i) => {
  const dueAt = now + (1 + (i % 60)) * DAY;
  const snoozed = i % 10 === 0;
  return {
    id: 'wake-bench-' + i, contactId: c.id, kind: 'keep-in-touch', dueAt, status: snoozed ? 'snoozed' : 'pending',
    ...(snoozed ? { snoozedUntil: dueAt + DAY } : {}),
    sourceKey: 'keep-in-touch:' + c.id + ':' + now, createdAt: now,
  };
});
const db = await new Promise((resolve, reject) => { const o = indexedDB.open('coffee-chat'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
await new Promise((resolve, reject) => {
  const tx = db.transaction(['contacts', 'reminders'], 'readwrite');
  for (const c of contacts) tx.objectStore('contacts').put(c);
  for (const r of reminders) tx.objectStore('reminders').put(r);
  tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
});
db.close();
return reminders.length;
})()`;
}
