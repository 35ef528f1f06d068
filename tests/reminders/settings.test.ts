import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { defaultSettings, parseSettings } from '@/lib/settings';

/** The reminder timings through the one settings validator, errors keyed as the form shows them. */
function parseReminders(
  reminders: unknown,
): { ok: true; settings: typeof DEFAULT_REMINDER_SETTINGS } | { ok: false; errors: Record<string, string> } {
  const result = parseSettings({ ...defaultSettings(), reminders });
  if (result.ok) return { ok: true, settings: result.settings.reminders };
  return { ok: false, errors: Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k.replace(/^reminders\.?/, '') || 'form', v])) };
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
    expect(parseReminders(undefined)).toEqual({ ok: true, settings: DEFAULT_REMINDER_SETTINGS });
  });

  it('fills in what is missing and accepts numerals typed in a form', () => {
    expect(parseReminders({ nudgeAfterDays: '10', keepInTouchEveryDays: 30 })).toEqual({
      ok: true,
      settings: { ...DEFAULT_REMINDER_SETTINGS, nudgeAfterDays: 10, keepInTouchEveryDays: 30 },
    });
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
  ])('refuses %s = %j', (field, value, message) => {
    expect(parseReminders({ [field]: value })).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('reports every bad field at once', () => {
    const result = parseReminders({ nudgeAfterDays: 0, confirmDaysBefore: 99 });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['nudgeAfterDays', 'confirmDaysBefore']);
  });

  it('the thank-you reminder must come before its deadline', () => {
    expect(parseReminders({ thankYouHoursAfter: 30, thankYouWithinHours: 24 })).toEqual({
      ok: false,
      errors: { thankYouHoursAfter: 'The thank-you reminder must come before the thank-you deadline' },
    });
  });

  it('refuses something that is not a set of settings', () => {
    expect(parseReminders('7')).toMatchObject({ ok: false, errors: { form: expect.any(String) } });
  });
});
