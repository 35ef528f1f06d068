import { deriveReminders } from '@/lib/reminders/rules';
import { isOpen, type Reminder } from '@/lib/reminders/reminder';
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

/** Every contact at once: at install, update and start-up, and after an import. */
export async function refreshAllReminders(db: CoffeeChatDB, settings: ReminderSettings, now: number) {
  const ids = (await db.contacts.toCollection().primaryKeys()) as string[];
  const known = new Set(ids);
  // Reminders of contacts that are gone (deleted while the worker slept, or in an import).
  await db.reminders.filter((r) => !known.has(r.contactId)).delete();
  for (const id of ids) await refreshContactReminders(db, id, settings, now);
}

export function openReminders(db: CoffeeChatDB): Promise<Reminder[]> {
  return db.reminders.where('status').anyOf('pending', 'snoozed').toArray();
}

export { isOpen };
