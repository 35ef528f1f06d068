import { TZDate } from '@date-fns/tz';
import { setHours, startOfDay, subDays } from 'date-fns';
import { agreedAt, type Meeting } from '@/lib/meetings/meeting';
import { DAY_MS } from './time';

/** Confirmations come up at 9:00 on the meeting's own wall clock: a sensible hour to write. */
export const CONFIRM_HOUR = 9;

/**
 * When to remind the user to confirm a meeting: 9:00 (in the meeting's zone, so a DST change
 * in between moves nothing) `daysBefore` days before the meeting day. When that moment had
 * already passed when the meeting was booked (or last moved), the day before at 9:00 instead; when that had
 * passed too, or the meeting was booked less than a day ahead, null: a confirmation right
 * after agreeing the time would only be noise.
 */
export function confirmDueAt(
  meeting: Pick<Meeting, 'start' | 'timeZone' | 'createdAt' | 'movedAt'>,
  daysBefore: number,
): number | null {
  // A moved meeting counts from the move: the new time was agreed then.
  const agreed = agreedAt(meeting);
  if (meeting.start - agreed < DAY_MS) return null;
  const meetingDay = startOfDay(new TZDate(meeting.start, meeting.timeZone));
  for (const n of daysBefore > 1 ? [daysBefore, 1] : [1]) {
    const at = setHours(subDays(meetingDay, n), CONFIRM_HOUR).getTime();
    if (at >= agreed && at < meeting.start) return at;
  }
  return null;
}
