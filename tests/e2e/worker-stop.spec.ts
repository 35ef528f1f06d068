import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { sharedManifest } from './linkedin-routes';
import { saveFixture } from './flows';

const priya = sharedManifest().find((f) => f.file.includes('priya-raman'))!;

/** A table of the extension's database, read from one of its pages (same origin as the worker). */
function pageTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('coffee-chat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

const alarmNames = (page: Page) => page.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name));

/** What MV3 does to an idle worker, at the worst moment: right after the write. */
async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

function request(page: Page, message: { type: string; data: unknown; requestId: string }) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

test('the worker stops right after "Mark as sent": the nudge and its alarm are there at the next wake', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const sent = { type: 'markSent', data: { contactId: id, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hi Priya' }, requestId: crypto.randomUUID() };
  expect(await request(page, sent)).toMatchObject({ ok: true });
  await stopWorker(page);
  // What a browser restart may do, while the worker is down.
  await page.evaluate(() => chrome.alarms.clearAll());

  // Any event wakes the worker; its start-up path reconciles alarms with the database.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'syncReminders', data: {} }));
  const [nudge] = (await pageTable<{ id: string; kind: string }>(page, 'reminders')).filter((r) => r.kind === 'nudge');
  expect(nudge).toBeDefined();
  await expect.poll(() => alarmNames(page), { timeout: 10_000 }).toContain(`reminder:${nudge!.id}`);

  // The page retries the same request (it got no answer): written once, same answer.
  await stopWorker(page);
  const again = await request(page, sent);
  expect(again).toMatchObject({ ok: true });
  expect(await pageTable(page, 'outreach')).toHaveLength(1);
});

test('the worker stops right after "Save meeting": the thank-you alarm is there at the next wake, and a retry writes once', async ({
  context,
  linkedin,
  serviceWorker,
  extensionId,
}) => {
  const id = await saveFixture(context, linkedin, serviceWorker, priya);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const save = {
    type: 'saveMeeting',
    data: { contactId: id, input: { date: day, time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' } },
    requestId: crypto.randomUUID(),
  };
  const first = await request(page, save);
  expect(first).toMatchObject({ ok: true });
  await stopWorker(page);
  await page.evaluate(() => chrome.alarms.clearAll());

  const again = await request(page, save); // wakes the worker too
  expect(again).toEqual(first);
  expect(await pageTable(page, 'meetings')).toHaveLength(1);
  const [thankYou] = (await pageTable<{ id: string; kind: string }>(page, 'reminders')).filter((r) => r.kind === 'thank-you');
  expect(thankYou).toBeDefined();
  await expect.poll(() => alarmNames(page), { timeout: 10_000 }).toContain(`reminder:${thankYou!.id}`);
});
