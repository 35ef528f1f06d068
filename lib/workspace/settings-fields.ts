import { REMINDER_BOUNDS, type ReminderSettingField } from '@/lib/reminders/settings';

/** What each timing is for, in the order the form shows them; units and bounds come from the schema. */
const HINTS: Record<ReminderSettingField, string> = {
  nudgeAfterDays: 'One polite nudge when a request gets no reply.',
  confirmDaysBefore: 'Confirm a meeting this many days before it.',
  thankYouHoursAfter: 'Remind you to thank them this long after the meeting ends.',
  thankYouWithinHours: 'The thank-you is late after this.',
  keepInTouchEveryDays: 'A check-in after the thank-you, recurring.',
  referralReachOutDays: 'For a new person someone suggested you talk to.',
};

/** The reminder timings the form shows, with their units, bounds and a line on what each is for. */
export const REMINDER_FIELDS = (Object.keys(HINTS) as ReminderSettingField[]).map((key) => {
  const { unit, min, max } = REMINDER_BOUNDS[key];
  return { key, unit, min, max, hint: HINTS[key] };
});
