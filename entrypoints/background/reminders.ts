import { browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import { openReminders, rederive, rederiveAll } from '@/lib/db/reminders';
import { contactsToRecheck, nextRecheckAt, RECHECK_ALARM } from '@/lib/reminders/recheck';
import { reminderIdFromAlarm, syncAlarms } from '@/lib/reminders/alarm-sync';
import { badgeText } from '@/lib/reminders/due';
import { commit, type Written } from '@/lib/db/command';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { dueItemsOf, nextStepsOf } from '@/lib/db/next-steps';
import { notificationPlan, SUMMARY_NOTIFICATION_ID } from '@/lib/reminders/notification-plan';
import { isOpen, type Reminder } from '@/lib/reminders/reminder';
import { loadSettings } from '@/lib/settings';
import { setStageByHand } from '@/lib/db/pipeline';
import { openDraftWindow, pagePaths, pageUrl } from '@/lib/pages/page-urls';

/**
 * The database is the only truth for follow-ups; alarms, the badge and notifications are a
 * projection of its open reminders. `reconcile` runs on every worker wake (MV3 starts the
 * worker for each event, and Chrome may drop alarms on restart) and whenever an alarm fires:
 * it re-derives the contacts whose reminders' moment has come (the rules read the clock), then
 * repairs alarms and notifications. `syncAndNotify` is the same without the re-derive, after a
 * command. A reminder that came due while the browser was closed notifies once (firedAt).
 */
export function createReminderService(db: CoffeeChatDB, clock: () => number = Date.now) {
  /**
   * Runs one at a time: alarms that fire together must not both notify the same reminder.
   * Never rejects: callers have already written what the user asked for, and all of this is
   * derived data that the next wake redoes.
   */
  let queue: Promise<void> = Promise.resolve();
  function enqueue(recheck: boolean): Promise<void> {
    queue = queue.then(() => project(recheck)).catch((error) => console.error('[coffee-chat] reminders', error));
    return queue;
  }
  const syncAndNotify = () => enqueue(false);
  const reconcile = () => enqueue(true);

  async function project(recheck: boolean) {
    const now = clock();
    // The one indexed query (status) that everything below works from.
    let open = await openReminders(db);
    if (recheck) {
      // Also every contact when the reminders were derived from other settings than the
      // stored ones: the worker stopped between saving settings and re-deriving (rederive).
      const settings = (await loadSettings()).reminders;
      const changed = await rederive(db, contactsToRecheck(open, now), { settings, now });
      if (changed.create.length || changed.update.length || changed.retire.length) open = await openReminders(db);
    }
    const items = await dueItemsOf(db, open, now);
    await browser.action.setBadgeText({ text: badgeText(items.length) });
    await browser.action.setBadgeBackgroundColor({ color: '#6b3e26' });
    await clearStaleNotifications(new Set(items.map((i) => i.reminder.id)));
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
    await syncRecheckAlarm(open, now);
  }

  /**
   * Notifications follow reminders: one whose reminder was done, dismissed, snoozed, deleted or
   * moved by re-derivation is taken down; the summary goes once nothing it counted is due.
   */
  async function clearStaleNotifications(dueIds: Set<string>) {
    for (const id of Object.keys(await browser.notifications.getAll())) {
      const reminderId = reminderIdFromAlarm(id);
      const stale = reminderId ? !dueIds.has(reminderId) : id === SUMMARY_NOTIFICATION_ID && dueIds.size === 0;
      if (stale) await browser.notifications.clear(id);
    }
  }

  async function syncRecheckAlarm(open: Reminder[], now: number) {
    const meetingIds = [...new Set(open.flatMap((r) => (r.kind === 'confirm-meeting' && r.meetingId ? [r.meetingId] : [])))];
    const meetings = (await db.meetings.bulkGet(meetingIds)).filter((m) => m !== undefined);
    const at = nextRecheckAt(open, new Map(meetings.map((m) => [m.id, m])), now);
    const current = await browser.alarms.get(RECHECK_ALARM);
    if (at === null) {
      if (current) await browser.alarms.clear(RECHECK_ALARM);
    } else if (current?.scheduledTime !== at) {
      await browser.alarms.create(RECHECK_ALARM, { when: at });
    }
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
    await browser.tabs.create({ url: pageUrl(pagePaths.contact(contactId)) });
  }

  /**
   * "Draft it": the popup's drafting view for that person on the next step's template (the
   * step may have moved on since the notification was shown); their page when it is no message.
   */
  async function openDraft(reminderId: string) {
    const reminder = await db.reminders.get(reminderId);
    const contact = reminder && (await db.contacts.get(reminder.contactId));
    if (!reminder || !contact) return;
    const step = (await nextStepsOf(db, [contact], clock())).get(contact.id);
    if (step?.templateKind) await openDraftWindow(reminder.contactId, step.templateKind);
    else await openContact(reminder.contactId);
  }

  async function snoozeReminder(reminderId: string, days: number) {
    const reminder = await db.reminders.get(reminderId);
    if (!reminder || !isOpen(reminder)) return;
    // The same action as the popup's Snooze: calendar days in the user's time zone.
    await run(async () => {
      const { contactId } = await applyReminderAction(db, { reminderId, action: 'snooze', days }, clock());
      return { result: null, affected: [contactId] };
    });
  }

  function listen() {
    // An update may bring new rules: every contact is re-derived once. Start-up and every
    // other wake reconcile through the background's top level (index.ts).
    browser.runtime.onInstalled.addListener(() => void rebuild());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (reminderIdFromAlarm(alarm.name) || alarm.name === RECHECK_ALARM) void reconcile();
    });
    browser.notifications.onClicked.addListener((id) => {
      void browser.notifications.clear(id);
      if (id === SUMMARY_NOTIFICATION_ID) {
        void browser.tabs.create({ url: pageUrl(pagePaths.dueList()) });
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
        void browser.tabs.create({ url: pageUrl(pagePaths.dueList()) });
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

  return { listen, rebuild, reconcile, syncAndNotify, snoozeReminder };
}

export type ReminderService = ReturnType<typeof createReminderService>;
