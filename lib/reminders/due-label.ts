import { formatDistanceStrict } from 'date-fns';
import type { Reminder } from './reminder';
import { effectiveDueAt } from './reminder';

/** "due now", "due 3 hours ago", "thank-you deadline in 20 hours": for the popup's Due list. */
export function dueLabel(reminder: Reminder, now: number): string {
  if (reminder.deadlineAt !== undefined && reminder.deadlineAt > now) {
    return `due within ${formatDistanceStrict(reminder.deadlineAt, now)}`;
  }
  const due = effectiveDueAt(reminder);
  if (now - due < 60_000) return 'due now';
  return `due ${formatDistanceStrict(due, now, { addSuffix: true })}`;
}
