import { DEFAULT_REMINDER_SETTINGS, type ReminderSettingField } from '@/lib/reminders/settings';
import { defaultSettings } from '@/lib/settings';
import { checkSettings } from '@/lib/workspace/settings-form';

/** The reminder timings as the settings form checks them before saving. */
function checkReminders(reminders: Record<string, unknown>) {
  const s = defaultSettings();
  return checkSettings({ ...s, reminders: { ...s.reminders, ...reminders } });
}

describe('reminder settings', () => {
  it('defaults to the method’s timings', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      nudgeAfterDays: 7,
      confirmDaysBefore: 2,
      thankYouHoursAfter: 2,
      thankYouWithinHours: 24,
      keepInTouchEveryDays: 90,
      referralReachOutDays: 7,
    });
    expect(defaultSettings().reminders).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('accepts numerals typed in a form', () => {
    const result = checkReminders({ nudgeAfterDays: '10', keepInTouchEveryDays: 30 });
    expect(result.ok && result.settings.reminders).toEqual({ ...DEFAULT_REMINDER_SETTINGS, nudgeAfterDays: 10, keepInTouchEveryDays: 30 });
  });

  it.each([
    ['nudgeAfterDays', 0, 'Nudge after must be a whole number of days from 1 to 60'],
    ['nudgeAfterDays', -3, 'Nudge after must be a whole number of days from 1 to 60'],
    ['nudgeAfterDays', 2.5, 'Nudge after must be a whole number of days from 1 to 60'],
    ['nudgeAfterDays', 1e9, 'Nudge after must be a whole number of days from 1 to 60'],
    ['nudgeAfterDays', 'soon', 'Nudge after must be a whole number of days from 1 to 60'],
    ['nudgeAfterDays', Number.NaN, 'Nudge after must be a whole number of days from 1 to 60'],
    ['confirmDaysBefore', 0, 'Confirm before must be a whole number of days from 1 to 14'],
    ['thankYouHoursAfter', -1, 'Thank-you reminder after must be a whole number of hours from 0 to 48'],
    ['thankYouWithinHours', 100, 'Thank-you within must be a whole number of hours from 1 to 72'],
    ['keepInTouchEveryDays', 3650, 'Check in every must be a whole number of days from 7 to 365'],
    ['referralReachOutDays', null, 'Reach out to referrals within must be a whole number of days from 1 to 60'],
  ] as [ReminderSettingField, unknown, string][])('refuses %s = %j', (field, value, message) => {
    expect(checkReminders({ [field]: value })).toEqual({ ok: false, errors: { [`reminders.${field}`]: message } });
  });

  it('the thank-you reminder must come before its deadline', () => {
    expect(checkReminders({ thankYouHoursAfter: 30, thankYouWithinHours: 24 })).toEqual({
      ok: false,
      errors: { 'reminders.thankYouHoursAfter': 'The thank-you reminder must come before the thank-you deadline' },
    });
  });
});
