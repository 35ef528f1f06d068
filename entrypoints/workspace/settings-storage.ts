import { loadSettings } from '@/lib/settings';
import { sendToBackground } from '@/lib/messaging/send';
import { checkSettings } from '@/lib/workspace/settings-form';
import type { SettingsStore } from '@/components/workspace/SettingsPage';

/** Settings live in storage.local (key `settings`): the content script reads them too. */
export const settingsStore: SettingsStore = {
  load: loadSettings,
  async save(next) {
    const checked = checkSettings(next);
    if (!checked.ok) return checked.errors;
    // Through the background: new reminder timings must move the open reminders too.
    const reply = await sendToBackground('saveSettings', { settings: checked.settings });
    if (!reply.ok) return { form: reply.error };
    return reply.data.errors;
  },
};
