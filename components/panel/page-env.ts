import { browser } from 'wxt/browser';
import type { DraftViewEnv } from '@/components/popup/DraftView';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { sendToBackground, sendToTab } from '@/lib/messaging/send';
import { storedSettings } from '@/lib/settings';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';
import type { PopupDueItem } from './use-due';

/** What the popup's and the panel's drafting screen do in the browser: one definition for both. */
export const draftEnv: DraftViewEnv = {
  settings: storedSettings,
  async markSent(contactId, sent, onChecking) {
    const reply = await sendToBackground('markSent', { contactId, ...sent }, { onChecking });
    return reply.ok ? null : reply.error;
  },
  copy: (text) => navigator.clipboard.writeText(text),
  openTab: (url) => void browser.tabs.create({ url }),
  contactUrl: (contactId) => pageUrl(pagePaths.contact(contactId)),
  // Through the background, as the Settings page saves: new settings may move open reminders.
  async saveSettings(patch) {
    const reply = await sendToBackground('saveSettings', { settings: patch });
    if (!reply.ok) return reply.error;
    const errors = reply.data.errors;
    return errors ? (Object.values(errors)[0] ?? 'That could not be saved.') : null;
  },
  async updateContact(id, patch) {
    const reply = await sendToBackground('updateContact', { id, patch });
    return reply.ok ? null : reply.error;
  },
};

/** Save the LinkedIn profile open in `tabId` (the same capture as the in-page button). */
export async function captureTab(tabId: number | undefined): Promise<CaptureOutcome> {
  if (tabId === undefined) return { ok: false, error: 'Open a LinkedIn profile first.' };
  const reply = await sendToTab(tabId, 'captureNow', {});
  return reply.ok ? reply.data : reply;
}

/**
 * Done, dismiss or snooze a due follow-up. Resolves to the sentence to show: an error, or a
 * notice when the background changed what was asked (a snooze kept inside the thank-you window).
 */
export async function actOnDue(
  item: PopupDueItem,
  action: 'done' | 'dismiss' | 'snooze',
  days?: number,
): Promise<{ error?: string; notice?: string }> {
  const reply = await sendToBackground('reminderAction', { reminderId: item.reminderId, action, ...(days ? { days } : {}) });
  if (!reply.ok) return { error: reply.error };
  return reply.data.notice ? { notice: reply.data.notice } : {};
}

/** Moving to No reply retires the reminder itself (the rules no longer want it). */
export async function markNoReply(item: PopupDueItem) {
  const moved = await sendToBackground('setStage', { id: item.contactId, stage: 'no-reply' });
  return moved.ok ? undefined : moved.error;
}
