import { browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import { openReminders, rederiveAll } from '@/lib/db/reminders';
import { reminderIdFromAlarm, syncAlarms } from '@/lib/reminders/alarm-sync';
import { badgeText } from '@/lib/reminders/due';
import { commit, type Written } from '@/lib/db/command';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { REMINDER_TEMPLATE_KIND } from '@/lib/reminders/labels';
import { notificationPlan, SUMMARY_NOTIFICATION_ID } from '@/lib/reminders/notify';
import { isOpen } from '@/lib/reminders/reminder';
import { dueItems } from '@/lib/reminders/notify-due';
import { loadSettings } from '@/lib/settings';
import { setStageByHand } from '@/lib/db/pipeline';

/**
 * The database is the only truth for follow-ups. Alarms are derived from open reminders and
 * rebuilt whenever they may be stale: at install, update and browser start-up (Chrome may drop
 * alarms on restart) and after every change. A reminder that came due while the browser was
 * closed notifies on the next start, once (firedAt).
 */
export function createReminderService(db: CoffeeChatDB, clock: () => number = Date.now) {
  async function contactsById() {
    return new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
  }

  /**
   * Notifies what came due (each reminder once: firedAt), then sets alarms for what is still
   * ahead. Runs one at a time: alarms that fire together must not both notify the same reminder.
   */
  let queue: Promise<void> = Promise.resolve();
  function syncAndNotify(): Promise<void> {
    // Never rejects: callers have already written what the user asked for, and reminders are
    // derived data that the next change or start-up redoes.
    queue = queue.then(notifyThenSync).catch((error) => console.error('[coffee-chat] reminders', error));
    return queue;
  }

  async function notifyThenSync() {
    const now = clock();
    const open = await openReminders(db);
    const items = dueItems(open, await contactsById(), now);
    await browser.action.setBadgeText({ text: badgeText(items.length) });
    await browser.action.setBadgeBackgroundColor({ color: '#6b3e26' });
    const plan = notificationPlan(items);
    if (plan) {
      await browser.notifications.create(plan.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: plan.title,
        message: plan.message,
        // Firefox refuses notifications with buttons; there a click on the body opens the contact.
        ...(plan.buttons.length && !import.meta.env.FIREFOX ? { buttons: plan.buttons.map((b) => ({ title: b.title })) } : {}),
      });
      // Only once it is on screen does a reminder count as notified.
      await db.reminders.where('id').anyOf(plan.reminderIds).modify({ firedAt: now });
      const fired = new Set(plan.reminderIds);
      for (const r of open) if (fired.has(r.id)) r.firedAt = now;
    }
    await syncAlarms(browser.alarms, open, now);
  }

  // The write that triggered these has already happened; a failure here must not be reported
  // as "nothing was changed". Reminders are derived data: the next change or start-up redoes them.
  async function rebuild() {
    try {
      await rederiveAll(db, { settings: (await loadSettings()).reminders, now: clock() });
      await syncAndNotify();
    } catch (error) {
      console.error('[coffee-chat] rebuilding reminders failed', error);
    }
  }

  /** A command from a notification button: its write and the reminders in one transaction. */
  async function run(write: () => Promise<Written<null>>) {
    await commit(db, { settings: (await loadSettings()).reminders, now: clock() }, write);
    await syncAndNotify();
  }

  async function openContact(contactId: string) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/workspace.html#/contacts/${encodeURIComponent(contactId)}`) });
  }

  /** "Draft it": the popup's drafting view for that person with the right template chosen. */
  async function openDraft(reminderId: string) {
    const reminder = await db.reminders.get(reminderId);
    if (!reminder) return;
    const kind = REMINDER_TEMPLATE_KIND[reminder.kind];
    const url = browser.runtime.getURL(
      `/popup.html?contact=${encodeURIComponent(reminder.contactId)}&template=${encodeURIComponent(kind)}`,
    );
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
  }

  async function snoozeReminder(reminderId: string, days: number) {
    const reminder = await db.reminders.get(reminderId);
    if (!reminder || !isOpen(reminder)) return;
    // The same action as the popup's Snooze: calendar days in the user's time zone.
    await run(async () => {
      const contactId = await applyReminderAction(db, { reminderId, action: 'snooze', days }, clock());
      return { result: null, affected: [contactId] };
    });
  }

  function listen() {
    browser.runtime.onInstalled.addListener(() => void rebuild());
    browser.runtime.onStartup.addListener(() => void rebuild());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (reminderIdFromAlarm(alarm.name)) void syncAndNotify();
    });
    browser.notifications.onClicked.addListener((id) => {
      void browser.notifications.clear(id);
      if (id === SUMMARY_NOTIFICATION_ID) {
        void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html#/contacts?due=1') });
        return;
      }
      const reminderId = reminderIdFromAlarm(id);
      if (reminderId) void db.reminders.get(reminderId).then((r) => r && openContact(r.contactId));
    });
    // The worker may have been asleep since the notification was shown, so the button's
    // meaning comes from the stored reminder (notify.ts: button 0 acts, button 1 snoozes).
    browser.notifications.onButtonClicked.addListener((id, index) => {
      void browser.notifications.clear(id);
      const reminderId = reminderIdFromAlarm(id);
      if (!reminderId) {
        void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html#/contacts?due=1') });
        return;
      }
      void db.reminders.get(reminderId).then(async (r) => {
        if (!r || !isOpen(r)) return;
        if (index === 1) await snoozeReminder(r.id, 1);
        else if (r.kind === 'mark-no-reply') {
          await run(async () => {
            await setStageByHand(db, r.contactId, 'no-reply', clock());
            return { result: null, affected: [r.contactId] };
          });
        } else await openDraft(r.id);
      });
    });
  }

  return { listen, rebuild, syncAndNotify, snoozeReminder };
}

export type ReminderService = ReturnType<typeof createReminderService>;
