import { complete, dismiss, nextOccurrence, snooze } from '@/lib/reminders/due';
import { isOpen } from '@/lib/reminders/reminder';
import { UserFacingError } from '@/lib/messaging/errors';
import type { CoffeeChatDB } from './database';

export interface ReminderActionInput {
  reminderId: string;
  action: 'done' | 'dismiss' | 'snooze';
  days?: number | undefined;
}

/** Done, dismiss or snooze from the popup's Due list or a notification. Returns whose reminder it was. */
export async function applyReminderAction(db: CoffeeChatDB, input: ReminderActionInput, now: number): Promise<string> {
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await db.reminders.get(input.reminderId);
    if (!reminder) throw new UserFacingError('That reminder is gone — its contact may have been deleted.');
    // A notification can outlive its reminder: snoozing a follow-up already done must not reopen it.
    if (!isOpen(reminder)) throw new UserFacingError('That follow-up is already done or dismissed.');
    if (input.action === 'snooze') {
      await db.reminders.put(snooze(reminder, input.days ?? 1, now, Intl.DateTimeFormat().resolvedOptions().timeZone));
      return reminder.contactId;
    }
    const closed = input.action === 'done' ? complete(reminder, now) : dismiss(reminder, now);
    await db.reminders.put(closed);
    const next = nextOccurrence(closed, crypto.randomUUID());
    // The rules may have made the next check-in already; the unique source key decides.
    if (next && !(await db.reminders.where('sourceKey').equals(next.sourceKey).first())) await db.reminders.add(next);
    return reminder.contactId;
  });
}
