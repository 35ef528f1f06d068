import 'fake-indexeddb/auto';
import { CoffeeChatDB } from '../../lib/db/database';
import { openReminders, rederive, settingsKey } from '../../lib/db/reminders';
import { contactsToRecheck } from '../../lib/reminders/recheck';
import { syncAlarms } from '../../lib/reminders/alarm-sync';
import { DEFAULT_REMINDER_SETTINGS } from '../../lib/reminders/settings';
import type { Contact } from '../../lib/contacts/contact';
import type { Reminder } from '../../lib/reminders/reminder';

const DAY = 86_400_000;

/**
 * The database part of the reconcile every wake runs (entrypoints/background/reminders.ts,
 * project(true)): one query on the reminders' status index, the contacts whose moment has come,
 * the settings check (one read by key), and the alarm diff — over `count` contacts with one
 * open reminder each, the alarms already right (the usual wake). fake-indexeddb in Node, so the
 * figure is an upper bound of real IndexedDB's.
 */
export async function wakeCost(contacts: Array<Omit<Contact, 'id'> & { id?: string }>, runs = 7) {
  const db = new CoffeeChatDB(`wake-cost-${Date.now()}`);
  const now = Date.now();
  const rows = contacts.map((c, i) => ({ ...c, id: c.id ?? `c${i}` }) as Contact);
  await db.contacts.bulkAdd(rows);
  const reminders: Reminder[] = rows.map((c, i) => ({
    id: `r${i}`,
    contactId: c.id,
    kind: 'keep-in-touch',
    dueAt: now + (1 + (i % 90)) * DAY,
    status: 'pending',
    sourceKey: `keep-in-touch:${c.id}`,
    createdAt: now,
  }));
  await db.reminders.bulkAdd(reminders);
  await db.meta.put({ id: 'derived-from', settingsKey: settingsKey(DEFAULT_REMINDER_SETTINGS) });
  const alarms = new Map<string, number>();
  const api = {
    getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
    create: (name: string, info: { when: number }) => void alarms.set(name, info.when),
    clear: (name: string) => void alarms.delete(name),
  };
  await syncAlarms(api, await openReminders(db), now);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    const open = await openReminders(db);
    await rederive(db, contactsToRecheck(open, now), { settings: DEFAULT_REMINDER_SETTINGS, now });
    await syncAlarms(api, open, now);
    samples.push(performance.now() - t0);
  }
  db.close();
  samples.sort((a, b) => a - b);
  return { contacts: rows.length, openReminders: reminders.length, alarms: alarms.size, medianMs: Math.round(samples[Math.floor(samples.length / 2)]!), maxMs: Math.round(samples.at(-1)!) };
}
