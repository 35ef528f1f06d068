import type { Contact } from '@/lib/contacts/contact';
import { nextStep, type NextStep } from '@/lib/method/next-step';
import { dueReminders } from '@/lib/reminders/due';
import { dueItems } from '@/lib/reminders/due-items';
import type { DueItem } from '@/lib/reminders/notification-plan';
import type { Reminder } from '@/lib/reminders/reminder';
import type { CoffeeChatDB } from './database';
import { groupBy } from './group-by';

/**
 * The next step of each of these contacts, from what is stored: what the Due list and the
 * notifications compare a due reminder with, so neither offers a step the method has passed.
 */
export async function nextStepsOf(db: CoffeeChatDB, contacts: readonly Contact[], now: number): Promise<Map<string, NextStep>> {
  const ids = [...new Set(contacts.map((c) => c.id))];
  if (ids.length === 0) return new Map();
  const [meetings, interviews, outreach, reminders] = await Promise.all([
    db.meetings.where('contactId').anyOf(ids).toArray(),
    db.interviews.where('contactId').anyOf(ids).toArray(),
    db.outreach.where('contactId').anyOf(ids).toArray(),
    db.reminders.where('contactId').anyOf(ids).toArray(),
  ]);
  const meetingsOf = groupBy(meetings, (m) => m.contactId);
  const interviewsOf = groupBy(interviews, (i) => i.contactId);
  const outreachOf = groupBy(outreach, (o) => o.contactId);
  const remindersOf = groupBy(reminders, (r) => r.contactId);
  return new Map(
    contacts.map((contact) => [
      contact.id,
      nextStep({
        contact,
        meetings: meetingsOf.get(contact.id) ?? [],
        interviews: interviewsOf.get(contact.id) ?? [],
        outreach: outreachOf.get(contact.id) ?? [],
        reminders: remindersOf.get(contact.id) ?? [],
        now,
      }),
    ]),
  );
}

/**
 * The Due list, as the popup, the panel, the badge and the notifications all show it: the open
 * reminders that are due, named and chosen by each person's next step (due-items.ts). Only the
 * people with something due (and their referrers, for names) are read: this runs on every
 * worker wake, and reading every contact with an open reminder cost a second at 10,000.
 */
export async function dueItemsOf(db: CoffeeChatDB, open: readonly Reminder[], now: number): Promise<DueItem[]> {
  const due = dueReminders([...open], now);
  if (due.length === 0) return [];
  const contacts = (await db.contacts.bulkGet([...new Set(due.map((r) => r.contactId))])).filter((c) => c !== undefined);
  const referrerIds = contacts.flatMap((c) => (c.referredById ? [c.referredById] : []));
  const referrers = (await db.contacts.bulkGet(referrerIds)).filter((c) => c !== undefined);
  const byId = new Map([...contacts, ...referrers].map((c) => [c.id, c]));
  return dueItems([...open], byId, now, await nextStepsOf(db, contacts, now));
}
