import { tz } from '@date-fns/tz';
import { formatDateTime } from '@/lib/format/dates';
import { addDays } from 'date-fns';
import { effectiveDueAt, type Reminder } from './reminder';
import { sourceKeys } from './source-key';
import { plusDays } from './time';

/** Reminders to show now: pending and due, or snoozed until a time that has come. Oldest first. */
export function dueReminders(reminders: Reminder[], now: number): Reminder[] {
  return reminders
    .filter((r) => {
      if (r.dueAt > now) return false;
      if (r.status === 'pending') return true;
      return r.status === 'snoozed' && (r.snoozedUntil ?? r.dueAt) <= now;
    })
    .sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b));
}

/**
 * Puts a reminder off by whole days on the user's calendar (same clock time tomorrow, even
 * across a DST change). It notifies again when the snooze ends, so firedAt is cleared.
 */
export function snooze(reminder: Reminder, days: number, now: number, timeZone?: string): Reminder {
  const { firedAt: _fired, ...rest } = reminder;
  const until = timeZone ? addDays(now, days, { in: tz(timeZone) }).getTime() : addDays(now, days).getTime();
  return { ...rest, status: 'snoozed', snoozedUntil: until };
}

const HOUR_MS = 3_600_000;
const daysInWords = (days: number) => (days === 7 ? '1 week' : days === 1 ? '1 day' : `${days} days`);

/**
 * Snooze, kept inside a reminder's deadline (a thank-you within 24 hours of the meeting's end):
 * a snooze that would pass it comes back an hour before the deadline instead, and `notice`
 * tells the user, since they asked for something else. Once the window has closed the snooze
 * is as asked, and the notice says the thank-you is late. Null notice: nothing worth saying.
 */
export function snoozeWithin(
  reminder: Reminder,
  days: number,
  now: number,
  timeZone?: string,
): { reminder: Reminder; notice: string | null } {
  const asked = snooze(reminder, days, now, timeZone);
  const deadline = reminder.deadlineAt;
  if (deadline === undefined || (asked.snoozedUntil ?? 0) <= deadline) return { reminder: asked, notice: null };
  if (deadline <= now) {
    return {
      reminder: asked,
      notice: `The 24 hours after the meeting have passed, so this thank-you is late; snoozed for ${daysInWords(days)}. A late thank-you is still better than none.`,
    };
  }
  const until = deadline - HOUR_MS > now ? deadline - HOUR_MS : deadline;
  // The one date format every screen uses (lib/format/dates.ts), in the user's time zone.
  const at = formatDateTime(until, timeZone ? { timeZone } : {});
  return {
    reminder: { ...asked, snoozedUntil: until },
    notice: `A thank-you is best sent within 24 hours of the meeting, and ${daysInWords(days)} would have missed it: snoozed until ${at} instead.`,
  };
}

export function complete(reminder: Reminder, now: number): Reminder {
  return { ...reminder, status: 'done', closedAt: now };
}

export function dismiss(reminder: Reminder, now: number): Reminder {
  return { ...reminder, status: 'dismissed', closedAt: now };
}

/**
 * The next reminder of a recurring one the user just completed, counted from when it was
 * done. Its source key is the one deriveReminders computes from the same completion, so
 * whichever runs first, there is one reminder. Null for one-off reminders.
 */
export function nextOccurrence(done: Reminder, id: string): Reminder | null {
  // Only check-ins recur; their key scheme is what makes this agree with the rules.
  if (done.kind !== 'keep-in-touch' || !done.recurrence || done.status !== 'done' || done.closedAt === undefined) return null;
  return {
    id,
    contactId: done.contactId,
    kind: done.kind,
    dueAt: plusDays(done.closedAt, done.recurrence.everyDays),
    status: 'pending',
    recurrence: done.recurrence,
    sourceKey: sourceKeys.keepInTouch(done.contactId, done.closedAt),
    createdAt: done.closedAt,
  };
}

/** The toolbar badge: nothing for zero, and never wider than the badge can show. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
