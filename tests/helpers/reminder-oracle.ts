import { expect } from 'vitest';
import type { CoffeeChatDB } from '@/lib/db/database';
import { deriveReminders } from '@/lib/reminders/rules';
import type { ReminderSettings } from '@/lib/reminders/settings';

/**
 * The rules' oracle: the stored reminders are exactly what deriveReminders makes of the stored
 * contacts, history and meetings — deriving again has nothing to create, move or close, and no
 * reminder belongs to a contact that is gone.
 */
export async function expectRemindersMatchRules(db: CoffeeChatDB, settings: ReminderSettings, now: number) {
  const [contacts, events, meetings, reminders] = await Promise.all([
    db.contacts.toArray(),
    db.events.toArray(),
    db.meetings.toArray(),
    db.reminders.toArray(),
  ]);
  const known = new Set(contacts.map((c) => c.id));
  expect(reminders.filter((r) => !known.has(r.contactId)), 'reminders of deleted contacts').toEqual([]);
  for (const contact of contacts) {
    const result = deriveReminders({
      contact,
      events: events.filter((e) => e.contactId === contact.id),
      meetings: meetings.filter((m) => m.contactId === contact.id),
      existing: reminders.filter((r) => r.contactId === contact.id),
      settings,
      now,
      newId: () => 'oracle',
    });
    expect(result, `reminders of ${contact.fullName}`).toEqual({ create: [], update: [], retire: [] });
  }
}
