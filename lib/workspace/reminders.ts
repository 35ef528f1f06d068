import { effectiveDueAt, isOpen, type Reminder } from '@/lib/reminders/reminder';

/** The fields of a reminder the contacts list needs. */
export type ReminderLike = Pick<Reminder, 'contactId' | 'status' | 'dueAt' | 'snoozedUntil'>;

/** When an open reminder next wants attention, or undefined if it is closed. */
export function openDueAt(reminder: ReminderLike): number | undefined {
  return isOpen(reminder) ? effectiveDueAt(reminder) : undefined;
}

/** Contacts with an open reminder due now or earlier: the "Due now" filter. */
export function dueContactIds(reminders: readonly ReminderLike[], now: number): Set<string> {
  const ids = new Set<string>();
  for (const r of reminders) {
    const at = openDueAt(r);
    if (at !== undefined && at <= now) ids.add(r.contactId);
  }
  return ids;
}

/**
 * The earliest open reminder per contact, for "sort by next reminder". Independent of the
 * clock, so the list's sorted index is not rebuilt every minute.
 */
export function nextReminderByContact(reminders: readonly ReminderLike[]): Map<string, number> {
  const next = new Map<string, number>();
  for (const r of reminders) {
    const at = openDueAt(r);
    if (at === undefined || !Number.isFinite(at)) continue;
    const prev = next.get(r.contactId);
    if (prev === undefined || at < prev) next.set(r.contactId, at);
  }
  return next;
}
