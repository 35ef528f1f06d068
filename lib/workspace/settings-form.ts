import { Settings } from '@/lib/settings';

/**
 * Field errors keyed by the setting's path ("reminders.nudgeAfterDays", "me.myName"), the
 * first message per field, so the form can show each next to its input.
 */
export function fieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The settings as they will be stored, or the field errors that stop them. */
export function checkSettings(next: unknown): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  const parsed = Settings.safeParse(next);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues) };
}
