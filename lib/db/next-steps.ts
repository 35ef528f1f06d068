import type { Contact } from '@/lib/contacts/contact';
import { nextStep, type NextStep } from '@/lib/method/next-step';
import type { CoffeeChatDB } from './database';

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
  const of = <T extends { contactId: string }>(list: T[], id: string) => list.filter((x) => x.contactId === id);
  return new Map(
    contacts.map((contact) => [
      contact.id,
      nextStep({
        contact,
        meetings: of(meetings, contact.id),
        interviews: of(interviews, contact.id),
        outreach: of(outreach, contact.id),
        reminders: of(reminders, contact.id),
        now,
      }),
    ]),
  );
}
