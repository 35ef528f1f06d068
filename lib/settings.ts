import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettings } from '@/lib/reminders/settings';
import { AccountType } from '@/lib/templates/template';
import { SETTINGS_ITEM_KEY } from '@/lib/page-button-setting';

/**
 * User settings, kept in storage.local (not IndexedDB) because the content script must read
 * `showPageButton` and a content script cannot open the extension's database. This file holds
 * the one schema and the one storage item; everything else reads through it (the content
 * script through lib/page-button-setting.ts, which owns the key and stays free of zod).
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
  accountType: AccountType.default('free'),
  showPageButton: z.boolean().default(true),
  reminders: ReminderSettings.default(DEFAULT_REMINDER_SETTINGS),
  /** A backup file into Downloads once a week (needs the optional `downloads` permission); off until the user turns it on. */
  autoBackup: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

/**
 * Settings that belong to this browser, not to the workspace: the automatic backup needs this
 * browser's `downloads` permission. A backup file need not hold them (files from before they
 * existed must still restore) and a restore never changes them.
 */
export const THIS_BROWSER_SETTINGS = ['autoBackup'] as const satisfies ReadonlyArray<keyof Settings>;

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
    accountType: AccountType,
    showPageButton: Settings.shape.showPageButton.unwrap(),
    reminders: z.object(withoutDefaults(ReminderSettings.shape)).partial().strict(),
    autoBackup: Settings.shape.autoBackup.unwrap(),
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

export function defaultSettings(): Settings {
  return Settings.parse({});
}

/**
 * Version 2 stores every part, each one valid. Version 1 (builds before the storage item) could
 * hold a partial object, or one broken part that made every read fall back to all the defaults:
 * each part that still parses is kept, so one bad timing no longer costs the user their name.
 * Running it twice changes nothing, so a lost version marker is harmless.
 */
function completeSettings(v1: unknown): Settings {
  const stored = typeof v1 === 'object' && v1 !== null && !Array.isArray(v1) ? (v1 as Record<string, unknown>) : {};
  const out: Record<string, unknown> = defaultSettings();
  for (const [part, schema] of Object.entries(Settings.shape)) {
    const parsed = schema.safeParse(stored[part]);
    if (parsed.success) out[part] = parsed.data;
  }
  return out as Settings;
}

export const SETTINGS_VERSION = 2;

/** The one storage item; its key is lib/page-button-setting.ts's, which the content script reads. */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_ITEM_KEY, {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: completeSettings },
});

/** Stored data is parsed on every read: broken or foreign data falls back to defaults rather than breaking every page. */
function settingsFrom(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

/** Calls back with the settings each time they are stored (by any page or the background); returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(settingsFrom(stored)));
}

export async function storeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

/**
 * The one validator, for the form and the background alike: the settings as they will be
 * stored, or errors keyed by the field's path ("reminders.nudgeAfterDays", "me.myName"; "form"
 * for the whole), the first message per field, in words the user can act on.
 */
export function parseSettings(
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  const parsed = Settings.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** How a page reads settings: once, then on every change (pages take it as a prop so tests can hand in their own). */
export interface SettingsSource {
  load: () => Promise<Settings>;
  watch: (onChange: (settings: Settings) => void) => () => void;
}

export const storedSettings: SettingsSource = { load: loadSettings, watch: watchSettings };
