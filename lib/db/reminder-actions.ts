import { complete, dismiss, nextOccurrence, snoozeWithin } from '@/lib/reminders/due';
import { isOpen, type ReminderKind } from '@/lib/reminders/reminder';
import type { TemplateKind } from '@/lib/templates/template';
import { UserFacingError } from '@/lib/messaging/errors';
import type { CoffeeChatDB } from './database';
import { markSent, setStageByHand } from './pipeline';

export interface ReminderActionInput {
  reminderId: string;
  action: 'done' | 'dismiss' | 'snooze';
  days?: number | undefined;
}

/**
 * The message "Done" says was sent: the same record "Mark as sent" makes, so the stage moves
 * (a thank-you → Thanked, and the check-in cycle starts) and the rules see the nudge that went.
 */
const DONE_MEANS_SENT: Partial<Record<ReminderKind, TemplateKind>> = {
  nudge: 'no-reply-nudge',
  'confirm-meeting': 'meeting-confirmation',
  'thank-you': 'thank-you',
  'keep-in-touch': 'check-in',
  'reach-out-referral': 'referral-intro',
};

/** Kept with the record in place of the text, which was written outside Coffee Chat. */
const SENT_ELSEWHERE = 'Marked done from a reminder; the message itself was written outside Coffee Chat.';

export interface ReminderActionOutcome {
  /** Whose reminder it was: the contact to re-derive. */
  contactId: string;
  /** A sentence for the Due list when the action was not quite what was asked (see snoozeWithin). */
  notice: string | null;
}

/**
 * Done, dismiss or snooze from the popup's Due list or a notification. Run it inside commit()
 * (lib/db/command.ts): the step it records and the reminders re-derived from it then land in
 * one transaction.
 */
export async function applyReminderAction(db: CoffeeChatDB, input: ReminderActionInput, now: number): Promise<ReminderActionOutcome> {
  return db.transaction('rw', [db.reminders, db.contacts, db.events, db.outreach], async () => {
    const reminder = await db.reminders.get(input.reminderId);
    if (!reminder) throw new UserFacingError('That reminder is gone — its contact may have been deleted.');
    // A notification can outlive its reminder: snoozing a follow-up already done must not reopen it.
    if (!isOpen(reminder)) throw new UserFacingError('That follow-up is already done or dismissed.');
    if (input.action === 'snooze') {
      const snoozed = snoozeWithin(reminder, input.days ?? 1, now, Intl.DateTimeFormat().resolvedOptions().timeZone);
      await db.reminders.put(snoozed.reminder);
      return { contactId: reminder.contactId, notice: snoozed.notice };
    }
    const closed = input.action === 'done' ? complete(reminder, now) : dismiss(reminder, now);
    await db.reminders.put(closed);
    if (input.action === 'done') {
      const kind = DONE_MEANS_SENT[reminder.kind];
      if (kind) await markSent(db, { contactId: reminder.contactId, kind, channel: '', text: SENT_ELSEWHERE }, now);
      if (reminder.kind === 'mark-no-reply') await setStageByHand(db, reminder.contactId, 'no-reply', now);
    }
    const next = nextOccurrence(closed, crypto.randomUUID());
    // The rules may have made the next check-in already; the unique source key decides.
    if (next && !(await db.reminders.where('sourceKey').equals(next.sourceKey).first())) await db.reminders.add(next);
    return { contactId: reminder.contactId, notice: null };
  });
}
