import { browser, type Browser } from 'wxt/browser';
import { BackgroundRequests, CONTENT_SCRIPT_REQUESTS, type BackgroundResponses } from '@/lib/messages';
import { createRouter, UserFacingError, type Handlers } from '@/lib/messaging/router';
import { addContact, deleteContact, restoreContact, saveCapture, updateContact, type ContactSnapshot } from '@/lib/db/contacts';
import { deleteAllData } from '@/lib/db/wipe';
import type { CoffeeChatDB } from '@/lib/db/database';
import { cancelMeeting, logReply, markSent, recordEvent, scheduleMeeting, setStageByHand } from '@/lib/db/pipeline';
import { CAUSES } from '@/lib/timeline/event';
import { saveInterview } from '@/lib/db/interviews';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { deleteTemplate, restoreDefaultTemplates, saveTemplate } from '@/lib/db/templates';
import { exportBackup, importBackup, importLinkedInCsv } from '@/lib/db/backup';
import { parseSettings, storeSettings } from '@/lib/settings';
import { pageCaptureHandlers } from './page-capture';
import type { ReminderService } from './reminders';

export function createHandlers(
  db: CoffeeChatDB,
  reminders: Pick<ReminderService, 'afterChange' | 'rebuild' | 'syncAndNotify'>,
  clock: () => number = Date.now,
  readTab?: (tabId: number) => Promise<unknown>,
): Handlers<typeof BackgroundRequests, BackgroundResponses> {
  // Deleted contacts, kept for as long as the worker lives, so "Undo" can bring them back.
  const undo = new Map<string, ContactSnapshot>();

  const storeCapture = async (data: Parameters<typeof saveCapture>[1]) => {
    const outcome = await saveCapture(db, data, clock());
    if (outcome.status === 'created') {
      await recordEvent(db, outcome.contact.id, 'captured', CAUSES.captured, clock());
      await reminders.afterChange([outcome.contact.id]);
    }
    return outcome;
  };

  return {
    ...pageCaptureHandlers({ db, clock, store: storeCapture, readTab }),
    async saveCapture(data) {
      const outcome = await storeCapture(data);
      return {
        status: outcome.status,
        contactId: outcome.contact.id,
        fullName: outcome.contact.fullName,
        jobChanged: outcome.jobChanged,
      };
    },
    async updateContact({ id, patch }) {
      await updateContact(db, id, patch, clock());
      if ('referredById' in patch) await reminders.afterChange([id]);
      return null;
    },
    async setStage({ id, stage }) {
      await setStageByHand(db, id, stage, clock());
      await reminders.afterChange([id]);
      return null;
    },
    async addContact(input) {
      const contact = await addContact(db, input, clock());
      await reminders.afterChange([contact.id]);
      return { id: contact.id };
    },
    async deleteContact({ id }) {
      const snapshot = await deleteContact(db, id);
      if (!snapshot) throw new UserFacingError('That contact was already deleted.');
      const undoToken = crypto.randomUUID();
      undo.set(undoToken, snapshot);
      await reminders.syncAndNotify();
      return { undoToken };
    },
    async restoreContact({ undoToken }) {
      const snapshot = undo.get(undoToken);
      if (!snapshot) throw new UserFacingError('It is too late to undo that delete.');
      try {
        await restoreContact(db, snapshot);
      } catch {
        throw new UserFacingError('Could not undo: this person was saved again meanwhile.');
      }
      undo.delete(undoToken);
      await reminders.afterChange([snapshot.contact.id]);
      return null;
    },
    async deleteAllData() {
      await deleteAllData(db);
      undo.clear();
      await reminders.syncAndNotify();
      return null;
    },
    async markSent(input) {
      const outreach = await markSent(db, input, clock());
      await reminders.afterChange([input.contactId]);
      return { outreachId: outreach.id };
    },
    async logReply({ contactId }) {
      await logReply(db, contactId, clock());
      await reminders.afterChange([contactId]);
      return null;
    },
    async saveMeeting({ contactId, input }) {
      const meeting = await scheduleMeeting(db, contactId, input, clock());
      await reminders.afterChange([contactId]);
      return { meetingId: meeting.id };
    },
    async cancelMeeting({ meetingId }) {
      const contactId = await cancelMeeting(db, meetingId, clock());
      await reminders.afterChange([contactId]);
      return null;
    },
    async saveInterview({ interview }) {
      const result = await saveInterview(db, interview, clock());
      await reminders.afterChange([interview.contactId, ...result.createdContactIds]);
      return result;
    },
    async reminderAction(input) {
      await applyReminderAction(db, input, clock());
      await reminders.syncAndNotify();
      return null;
    },
    async saveTemplate({ template }) {
      return { id: await saveTemplate(db, template, clock()) };
    },
    async deleteTemplate({ id }) {
      await deleteTemplate(db, id);
      return null;
    },
    async restoreDefaultTemplates() {
      await restoreDefaultTemplates(db, clock());
      return null;
    },
    async saveSettings({ settings }) {
      const parsed = parseSettings(settings);
      if (!parsed.ok) return { errors: parsed.errors };
      await storeSettings(parsed.settings);
      // New timings move every open reminder.
      await reminders.rebuild();
      return { errors: null };
    },
    async exportBackup() {
      return exportBackup(db, clock());
    },
    async importBackup({ text }) {
      const report = await importBackup(db, text, clock());
      // The report goes back at once; deriving reminders for thousands of contacts follows.
      void reminders.rebuild();
      return { report };
    },
    async importLinkedInCsv({ text }) {
      const report = await importLinkedInCsv(db, text, clock());
      void reminders.rebuild();
      return { report };
    },
  };
}

/** The background's single onMessage listener: everything goes through the typed router. */
export function setUpMessages(
  db: CoffeeChatDB,
  reminders: Parameters<typeof createHandlers>[1],
  readTab?: Parameters<typeof createHandlers>[3],
) {
  const route = createRouter(
    {
      extensionId: browser.runtime.id,
      pageOrigin: browser.runtime.getURL('/'),
      contentScriptTypes: CONTENT_SCRIPT_REQUESTS,
    },
    BackgroundRequests,
    createHandlers(db, reminders, Date.now, readTab),
  );
  browser.runtime.onMessage.addListener(
    // sendResponse + `return true` works in every browser; returning a Promise does not.
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse?: (r: unknown) => void) => {
      const reply = route(message, sender);
      if (!reply) return undefined;
      if (!sendResponse) return reply;
      void reply.then(sendResponse);
      return true;
    },
  );
  return route;
}
