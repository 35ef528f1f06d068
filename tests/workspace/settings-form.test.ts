import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings';
import { checkSettings, fieldErrors } from '@/lib/workspace/settings-form';

describe('settings form checks', () => {
  it('accepts the defaults', () => {
    expect(checkSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('keys errors by the field path with the schema message', () => {
    const s = defaultSettings();
    const result = checkSettings({ ...s, reminders: { ...s.reminders, nudgeAfterDays: 0, keepInTouchEveryDays: Number.NaN } });
    expect(result).toEqual({
      ok: false,
      errors: {
        'reminders.nudgeAfterDays': 'Nudge after must be a whole number of days from 1 to 60',
        'reminders.keepInTouchEveryDays': 'Check in every must be a whole number of days from 7 to 365',
      },
    });
  });

  it('keeps the first message per field and names root issues "form"', () => {
    expect(
      fieldErrors([
        { path: ['me', 'myName'], message: 'first' },
        { path: ['me', 'myName'], message: 'second' },
        { path: [], message: 'whole' },
      ]),
    ).toEqual({ 'me.myName': 'first', form: 'whole' });
  });
});
