import type { CoffeeChatDB } from '@/lib/db/database';
import { inMethodOrder } from '@/lib/method/next-step';

/** The template manager's list, in the order the method uses them. */
export async function templatesInOrder(db: CoffeeChatDB) {
  return inMethodOrder(await db.templates.toArray());
}

/** Everything the drafting screen fills a message from, for one contact (contact undefined when gone). */
export async function draftSourcesOf(db: CoffeeChatDB, contactId: string) {
  const contact = await db.contacts.get(contactId);
  if (!contact) return { contact: undefined };
  const [referrer, meetings, interviews, events, templates, outreach, reminders] = await Promise.all([
    contact.referredById ? db.contacts.get(contact.referredById) : undefined,
    db.meetings.where('contactId').equals(contactId).toArray(),
    db.interviews.where('contactId').equals(contactId).toArray(),
    db.events.where('contactId').equals(contactId).toArray(),
    db.templates.orderBy('kind').toArray(),
    // For the next step (lib/method/next-step.ts).
    db.outreach.where('contactId').equals(contactId).toArray(),
    db.reminders.where('contactId').equals(contactId).toArray(),
  ]);
  return { contact, referrer, meetings, interviews, events, templates, outreach, reminders };
}
