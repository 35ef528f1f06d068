import { deriveReminders } from '@/lib/reminders/rules';
import type { Reminder } from '@/lib/reminders/reminder';
import type { ReminderSettings } from '@/lib/reminders/settings';
import type { CoffeeChatDB } from './database';

const newId = () => crypto.randomUUID();

/**
 * Re-derives one contact's reminders from its history and applies the result. The rules are
 * idempotent (source keys), so calling this after any change, from any tab, never doubles a
 * reminder. A deleted contact loses its reminders quietly.
 */
export async function refreshContactReminders(
  db: CoffeeChatDB,
  contactId: string,
  settings: ReminderSettings,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.contacts, db.events, db.meetings, db.reminders], async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) {
      await db.reminders.where('contactId').equals(contactId).delete();
      return;
    }
    const [events, meetings, existing] = await Promise.all([
      db.events.where('contactId').equals(contactId).toArray(),
      db.meetings.where('contactId').equals(contactId).toArray(),
      db.reminders.where('contactId').equals(contactId).toArray(),
    ]);
    const result = deriveReminders({ contact, events, meetings, existing, settings, now, newId });
    if (result.create.length) await db.reminders.bulkAdd(result.create);
    if (result.update.length) await db.reminders.bulkPut(result.update);
    for (const r of result.retire) {
      await db.reminders.update(r.id, { status: r.status, closedAt: r.closedAt });
    }
  });
}

/**
 * Every contact at once: at install, update and start-up, and after an import. One read and
 * one write transaction for all of them — per-contact transactions made a 10,000-contact
 * import wait on IndexedDB for seconds.
 */
export async function refreshAllReminders(db: CoffeeChatDB, settings: ReminderSettings, now: number) {
  await db.transaction('rw', [db.contacts, db.events, db.meetings, db.reminders], async () => {
    const [contacts, events, meetings, reminders] = await Promise.all([
      db.contacts.toArray(),
      db.events.toArray(),
      db.meetings.toArray(),
      db.reminders.toArray(),
    ]);
    const known = new Set(contacts.map((c) => c.id));
    // Reminders of contacts that are gone (deleted while the worker slept, or in an import).
    const orphans = reminders.filter((r) => !known.has(r.contactId)).map((r) => r.id);
    if (orphans.length) await db.reminders.bulkDelete(orphans);

    const eventsOf = groupBy(events, (e) => e.contactId);
    const meetingsOf = groupBy(meetings, (m) => m.contactId);
    const remindersOf = groupBy(reminders, (r) => r.contactId);
    const create: Reminder[] = [];
    const update: Reminder[] = [];
    const retire = new Map<string, Reminder>();
    for (const contact of contacts) {
      const existing = remindersOf.get(contact.id) ?? [];
      const result = deriveReminders({
        contact,
        events: eventsOf.get(contact.id) ?? [],
        meetings: meetingsOf.get(contact.id) ?? [],
        existing,
        settings,
        now,
        newId,
      });
      create.push(...result.create);
      update.push(...result.update);
      for (const r of result.retire) {
        const current = existing.find((e) => e.id === r.id);
        if (current) retire.set(r.id, { ...current, status: r.status, closedAt: r.closedAt });
      }
    }
    if (create.length) await db.reminders.bulkAdd(create);
    if (update.length || retire.size) await db.reminders.bulkPut([...update, ...retire.values()]);
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function openReminders(db: CoffeeChatDB): Promise<Reminder[]> {
  return db.reminders.where('status').anyOf('pending', 'snoozed').toArray();
}

