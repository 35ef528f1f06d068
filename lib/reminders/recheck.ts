import type { Meeting } from '@/lib/meetings/meeting';
import { effectiveDueAt, type Reminder } from './reminder';

/** Not `reminder:`-prefixed, so syncAlarms never mistakes it for a reminder's alarm. */
export const RECHECK_ALARM = 'reminders:recheck';

/**
 * Contacts whose reminders may have changed by time alone. The rules read the clock (a
 * "confirm" exists only while the meeting is ahead), so a reminder whose moment has come —
 * due, or past its deadline — is re-derived on every wake and every alarm: a confirm for a
 * meeting that has since started closes instead of staying "due 3 days ago".
 */
export function contactsToRecheck(open: Reminder[], now: number): string[] {
  const ids = new Set<string>();
  for (const r of open) {
    if (effectiveDueAt(r) <= now || (r.deadlineAt !== undefined && r.deadlineAt <= now)) ids.add(r.contactId);
  }
  return [...ids];
}

/**
 * The next instant a rule's answer changes with no write: the start of a meeting that still
 * has an open confirm reminder. An alarm then wakes the worker to re-derive, even when the
 * confirm has already notified (and so has no alarm of its own).
 */
export function nextRecheckAt(open: Reminder[], meetings: Map<string, Meeting>, now: number): number | null {
  let next: number | null = null;
  for (const r of open) {
    if (r.kind !== 'confirm-meeting' || !r.meetingId) continue;
    const start = meetings.get(r.meetingId)?.start;
    if (start !== undefined && start > now && (next === null || start < next)) next = start;
  }
  return next;
}
