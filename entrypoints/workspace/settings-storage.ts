import { parseSettings, storedSettings } from '@/lib/settings';
import { sendToBackground } from '@/lib/messaging/send';
import type { SettingsStore } from '@/components/workspace/SettingsPage';

/** Read and watched from storage (lib/settings.ts); saved through the background. */
export const settingsStore: SettingsStore = {
  ...storedSettings,
  async save(next) {
    const checked = parseSettings(next);
    if (!checked.ok) return checked.errors;
    // Through the background: new reminder timings must move the open reminders too.
    const reply = await sendToBackground('saveSettings', { settings: checked.settings });
    if (!reply.ok) return { form: reply.error };
    return reply.data.errors;
  },
};
