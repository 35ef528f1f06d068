import { z } from 'zod';

/** Bounds and wording per setting; the defaults are method.md's follow-up timings. */
export const REMINDER_BOUNDS = {
  nudgeAfterDays: { label: 'Nudge after', unit: 'days', min: 1, max: 60, default: 7 },
  confirmDaysBefore: { label: 'Confirm before', unit: 'days', min: 1, max: 14, default: 2 },
  thankYouHoursAfter: { label: 'Thank-you reminder after', unit: 'hours', min: 0, max: 48, default: 2 },
  thankYouWithinHours: { label: 'Thank-you within', unit: 'hours', min: 1, max: 72, default: 24 },
  keepInTouchEveryDays: { label: 'Check in every', unit: 'days', min: 7, max: 365, default: 90 },
  referralReachOutDays: { label: 'Reach out to referrals within', unit: 'days', min: 1, max: 60, default: 7 },
} as const;

export type ReminderSettingField = keyof typeof REMINDER_BOUNDS;
export const SETTING_LABELS = Object.fromEntries(
  Object.entries(REMINDER_BOUNDS).map(([k, f]) => [k, f.label]),
) as Record<ReminderSettingField, string>;

function field(name: ReminderSettingField) {
  const f = REMINDER_BOUNDS[name];
  const message = `${f.label} must be a whole number of ${f.unit} from ${f.min} to ${f.max}`;
  // Settings come from <input> elements as strings; accept plain numerals, nothing looser.
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
    z.number({ error: message }).int(message).min(f.min, message).max(f.max, message).default(f.default),
  );
}

export const ReminderSettings = z
  .object({
    nudgeAfterDays: field('nudgeAfterDays'),
    confirmDaysBefore: field('confirmDaysBefore'),
    thankYouHoursAfter: field('thankYouHoursAfter'),
    thankYouWithinHours: field('thankYouWithinHours'),
    keepInTouchEveryDays: field('keepInTouchEveryDays'),
    referralReachOutDays: field('referralReachOutDays'),
  })
  .refine((s) => s.thankYouHoursAfter < s.thankYouWithinHours, {
    path: ['thankYouHoursAfter'],
    message: 'The thank-you reminder must come before the thank-you deadline',
  });
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = ReminderSettings.parse({});
