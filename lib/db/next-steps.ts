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
  // Grouped once: filtering every list per contact was quadratic (10,000 contacts: seconds).
  const grouped = <T extends { contactId: string }>(list: T[]) => {
    const out = new Map<string, T[]>();
    for (const x of list) (out.get(x.contactId) ?? out.set(x.contactId, []).get(x.contactId)!).push(x);
    return out;
  };
  const byContact = { meetings: grouped(meetings), interviews: grouped(interviews), outreach: grouped(outreach), reminders: grouped(reminders) };
  const of = <T>(map: Map<string, T[]>, id: string) => map.get(id) ?? [];
  return new Map(
    contacts.map((contact) => [
      contact.id,
      nextStep({
        contact,
        meetings: of(byContact.meetings, contact.id),
        interviews: of(byContact.interviews, contact.id),
        outreach: of(byContact.outreach, contact.id),
        reminders: of(byContact.reminders, contact.id),
        now,
      }),
    ]),
  );
}
