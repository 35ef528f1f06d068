import type { CoffeeChatDB } from '@/lib/db/database';
import type { Interview } from '@/lib/interviews/interview';

/** What a contact's page shows beyond the contact itself; each is one live query. */
export const timelineOf = (db: CoffeeChatDB, contactId: string) => db.events.where('contactId').equals(contactId).toArray();
export const outreachOf = (db: CoffeeChatDB, contactId: string) => db.outreach.where('contactId').equals(contactId).toArray();
export const remindersOf = (db: CoffeeChatDB, contactId: string) =>
  db.reminders.where('contactId').equals(contactId).toArray();
export const meetingsOf = (db: CoffeeChatDB, contactId: string) => db.meetings.where('contactId').equals(contactId).toArray();

/** The interview the prep sheet and the log work on: the most recently changed one, or null. */
export async function latestInterview(db: CoffeeChatDB, contactId: string): Promise<Interview | null> {
  return (await db.interviews.where('contactId').equals(contactId).sortBy('updatedAt')).at(-1) ?? null;
}
