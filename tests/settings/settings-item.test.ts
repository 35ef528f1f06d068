import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_ITEM_KEY, SETTINGS_KEY, showPageButtonFrom } from '@/lib/page-button-setting';
import { defaultSettings, loadSettings, SETTINGS_VERSION, settingsItem, storeSettings, watchSettings } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

/** What builds before the storage item wrote: the bare value under `settings`, no version marker. */
async function storeAsVersion1(value: unknown) {
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });
}

describe('the settings storage item', () => {
  it('keeps the key existing users have, so an update keeps their settings', async () => {
    expect(settingsItem.key).toBe(SETTINGS_ITEM_KEY);
    expect(SETTINGS_ITEM_KEY).toBe('local:settings');
    const mine = { ...defaultSettings(), accountType: 'premium' as const, me: { ...defaultSettings().me, myName: 'Sam' } };
    await storeAsVersion1(mine);
    expect(await loadSettings()).toEqual(mine);
  });

  it('migrates version 1 to a complete value, keeping each part that still reads and marking the version', async () => {
    // A partial object from an early build, with one timing an older build allowed.
    await storeAsVersion1({ me: { myName: 'Sam', myInterest: 'UX' }, accountType: 'premium', reminders: { nudgeAfterDays: 0 } });
    // Unmigrated, the broken timing costs the user everything: that is why the migration exists.
    expect((await loadSettings()).me.myName).toBe('');

    await settingsItem.migrate();
    const defaults = defaultSettings();
    const migrated = { ...defaults, me: { ...defaults.me, myName: 'Sam', myInterest: 'UX' }, accountType: 'premium' };
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [SETTINGS_KEY]: migrated, [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } });
    expect(await loadSettings()).toEqual(migrated);

    // Twice changes nothing (a lost version marker would run it again).
    await fakeBrowser.storage.local.remove(`${SETTINGS_KEY}$`);
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(migrated);
  });

  it('migrates something that is not settings at all to the defaults', async () => {
    await storeAsVersion1('garbage');
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(defaultSettings());
  });

  it('the content script reads the same key the pages write, and hears the change', async () => {
    const heard = vi.fn();
    // The content script's own check (entrypoints/page-button): area "local", key SETTINGS_KEY.
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && SETTINGS_KEY in changes) heard(showPageButtonFrom(changes[SETTINGS_KEY]?.newValue));
    });
    const seen = vi.fn();
    const unwatch = watchSettings(seen);

    await storeSettings({ ...defaultSettings(), showPageButton: false });
    const raw = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(showPageButtonFrom(raw[SETTINGS_KEY])).toBe(false);
    expect(heard).toHaveBeenLastCalledWith(false);
    expect(seen).toHaveBeenLastCalledWith({ ...defaultSettings(), showPageButton: false });
    unwatch();
  });

  it('a watcher gets parsed settings: broken stored data arrives as the defaults', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { accountType: 'gold' } });
    expect(seen).toHaveBeenLastCalledWith(defaultSettings());
    unwatch();
  });
});
