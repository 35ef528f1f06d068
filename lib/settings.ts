import { z } from 'zod';
import { browser } from 'wxt/browser';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from '@/lib/reminders/settings';
import { SETTINGS_KEY } from '@/lib/page-button-setting';

/**
 * User settings, kept in storage.local (not IndexedDB) because the content script must read
 * `showPageButton` and a content script cannot open the extension's database.
 */
export const MyProfile = z.object({
  myName: z.string().max(200).default(''),
  myBackground: z.string().max(500).default(''),
  myInterest: z.string().max(500).default(''),
  mySchool: z.string().max(200).default(''),
});

export const Settings = z.object({
  me: MyProfile.default(MyProfile.parse({})),
  /** Free accounts get a 200-character connection note instead of 300. */
  accountType: z.enum(['free', 'premium']).default('free'),
  showPageButton: z.boolean().default(true),
  reminders: ReminderSettings.default(DEFAULT_REMINDER_SETTINGS),
});
export type Settings = z.infer<typeof Settings>;

/** The same field rules as Settings, with no defaults: a missing field means "leave it". */
function withoutDefaults<T extends z.ZodRawShape>(shape: T) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };
}

/**
 * What saveSettings accepts: any part of the settings, merged over what is stored. A field
 * left out keeps its stored value, so `{}` changes nothing (it used to reset everything to
 * the defaults). A complete Settings object is a patch that sets every field.
 */
export const SettingsPatch = z
  .object({
    me: z.object(withoutDefaults(MyProfile.shape)).partial().strict(),
    accountType: Settings.shape.accountType.unwrap(),
    showPageButton: Settings.shape.showPageButton.unwrap(),
    reminders: z.object(withoutDefaults(ReminderSettings.shape)).partial().strict(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;

/** The stored settings with a patch over them, still to be validated as a whole (parseSettings). */
export function mergeSettings(stored: Settings, patch: z.output<typeof SettingsPatch>): unknown {
  return {
    ...stored,
    ...patch,
    me: { ...stored.me, ...patch.me },
    reminders: { ...stored.reminders, ...patch.reminders },
  };
}

export { SETTINGS_KEY };

export function defaultSettings(): Settings {
  return Settings.parse({});
}

/** Broken or foreign data in storage falls back to defaults rather than breaking every page. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = Settings.safeParse(stored[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

export async function storeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

/** Validates settings from the form; errors are per field, in words the user can act on. */
export function parseSettings(
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  const parsed = Settings.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
