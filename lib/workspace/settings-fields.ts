import type { ReminderSettingField } from '@/lib/reminders/settings';

/** The reminder timings the form shows, with their units and a line on what each is for. */
export const REMINDER_FIELDS: ReadonlyArray<{ key: ReminderSettingField; unit: 'days' | 'hours'; min: number; max: number; hint: string }> = [
  { key: 'nudgeAfterDays', unit: 'days', min: 1, max: 60, hint: 'One polite nudge when a request gets no reply.' },
  { key: 'confirmDaysBefore', unit: 'days', min: 1, max: 14, hint: 'Confirm a meeting this many days before it.' },
  { key: 'thankYouHoursAfter', unit: 'hours', min: 0, max: 48, hint: 'Remind you to thank them this long after the meeting ends.' },
  { key: 'thankYouWithinHours', unit: 'hours', min: 1, max: 72, hint: 'The thank-you is late after this.' },
  { key: 'keepInTouchEveryDays', unit: 'days', min: 7, max: 365, hint: 'A check-in after the thank-you, recurring.' },
  { key: 'referralReachOutDays', unit: 'days', min: 1, max: 60, hint: 'For a new person someone suggested you talk to.' },
];
