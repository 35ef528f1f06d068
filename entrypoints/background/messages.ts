import { browser } from 'wxt/browser';
import { BackgroundRequests, CONTENT_SCRIPT_REQUESTS, READ_ONLY_REQUESTS, type BackgroundResponses } from '@/lib/messaging/protocol';
import { UserFacingError } from '@/lib/messaging/errors';
import { createRouter, listenWithRouter, type Handlers, type RequestContext } from '@/lib/messaging/router';
import { addContact, deleteContact, restoreContact, saveCapture, updateContact, type ContactSnapshot } from '@/lib/db/contacts';
import { deleteAllData } from '@/lib/db/wipe';
import type { CoffeeChatDB } from '@/lib/db/database';
import { cancelMeeting, logReply, markSent, recordEvent, rescheduleMeeting, scheduleMeeting, setStageByHand } from '@/lib/db/pipeline';
import { CAUSES } from '@/lib/timeline/event';
import { saveInterview } from '@/lib/db/interviews';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { deleteTemplate, restoreDefaultTemplates, saveTemplate } from '@/lib/db/templates';
import { importLinkedInCsv } from '@/lib/db/backup';
import { loadSettings, mergeSettings, parseSettings, storeSettings } from '@/lib/settings';
import { commit, type CommandContext, type Written } from '@/lib/db/command';
import { rederive } from '@/lib/db/reminders';
import type { ReminderSettings } from '@/lib/reminders/settings';
import { pageCaptureHandlers } from './page-capture';
import type { ReminderService } from './reminders';

export function createHandlers(
  db: CoffeeChatDB,
  reminders: Pick<ReminderService, 'syncAndNotify'>,
  clock: () => number = Date.now,
  readTab?: (tabId: number) => Promise<unknown>,
): Handlers<typeof BackgroundRequests, BackgroundResponses> {
  // Deleted contacts, kept for as long as the worker lives, so "Undo" can bring them back.
  const undo = new Map<string, ContactSnapshot>();

  /**
   * One command = one transaction holding the write and the affected reminders
   * (lib/db/command.ts). Alarms and the badge are a projection of the committed reminders,
   * re-synced once it is in; if the worker stops first, the next wake re-syncs them.
   */
  async function run<T>(
    request: CommandContext['request'],
    write: () => Promise<Written<T>>,
    settings?: ReminderSettings,
  ): Promise<T> {
    const ctx = { settings: settings ?? (await loadSettings()).reminders, now: clock(), request };
    const result = await commit(db, ctx, write);
    await reminders.syncAndNotify();
    return result;
  }

  const once = (type: string, requestId: RequestContext['requestId']) =>
    requestId === undefined ? undefined : { id: requestId, type };

  /** saveCapture and what follows it (the timeline's first event, reminders), as one command. */
  const storeCapture = (data: Parameters<typeof saveCapture>[1], requestId: string | undefined) =>
    run(once('saveCapture', requestId), async () => {
      const now = clock();
      const outcome = await saveCapture(db, data, now);
      if (outcome.status === 'created') await recordEvent(db, outcome.contact.id, 'captured', CAUSES.captured, now);
      return { result: outcome, affected: [outcome.contact.id] };
    });

  return {
    ...pageCaptureHandlers({
      db,
      store: storeCapture,
      edit: (contactId, patch, requestId) =>
        run(once('editCapture', requestId), async () => {
          await updateContact(db, contactId, patch, clock());
          return { result: null, affected: [contactId] };
        }),
      readTab,
      clock,
    }),
    async saveCapture(data, { requestId }) {
      const outcome = await storeCapture(data, requestId);
      return {
        status: outcome.status,
        contactId: outcome.contact.id,
        fullName: outcome.contact.fullName,
        jobChanged: outcome.jobChanged,
      };
    },
    async updateContact({ id, patch }, { requestId }) {
      return run(once('updateContact', requestId), async () => {
        await updateContact(db, id, patch, clock());
        return { result: null, affected: [id] };
      });
    },
    async setStage({ id, stage }, { requestId }) {
      return run(once('setStage', requestId), async () => {
        await setStageByHand(db, id, stage, clock());
        return { result: null, affected: [id] };
      });
    },
    async addContact(input, { requestId }) {
      return run(once('addContact', requestId), async () => {
        const contact = await addContact(db, input, clock());
        return { result: { id: contact.id }, affected: [contact.id] };
      });
    },
    async deleteContact({ id }, { requestId }) {
      const snapshot = await run(once('deleteContact', requestId), async () => {
        const deleted = await deleteContact(db, id);
        if (!deleted) throw new UserFacingError('That contact was already deleted.');
        // The people this contact referred lose their referrer, and with it a referral reminder.
        return { result: deleted, affected: [id, ...deleted.referredIds] };
      });
      const undoToken = crypto.randomUUID();
      undo.set(undoToken, snapshot);
      return { undoToken };
    },
    async restoreContact({ undoToken }, { requestId }) {
      const snapshot = undo.get(undoToken);
      await run(once('restoreContact', requestId), async () => {
        // Checked inside: a retry of an undo that committed gets its answer, not "too late".
        if (!snapshot) throw new UserFacingError('It is too late to undo that delete.');
        try {
          await restoreContact(db, snapshot);
        } catch {
          throw new UserFacingError('Could not undo: this person was saved again meanwhile.');
        }
        return { result: null, affected: [snapshot.contact.id, ...snapshot.referredIds] };
      });
      undo.delete(undoToken);
      return null;
    },
    async deleteAllData(_data, { requestId }) {
      await run(once('deleteAllData', requestId), async () => {
        await deleteAllData(db);
        return { result: null, affected: [] };
      });
      undo.clear();
      return null;
    },
    async markSent(input, { requestId }) {
      return run(once('markSent', requestId), async () => {
        const outreach = await markSent(db, input, clock());
        return { result: { outreachId: outreach.id }, affected: [input.contactId] };
      });
    },
    async logReply({ contactId }, { requestId }) {
      return run(once('logReply', requestId), async () => {
        await logReply(db, contactId, clock());
        return { result: null, affected: [contactId] };
      });
    },
    async saveMeeting({ contactId, meetingId, input }, { requestId }) {
      return run(once('saveMeeting', requestId), async () => {
        const meeting = meetingId ? await rescheduleMeeting(db, meetingId, input, clock()) : await scheduleMeeting(db, contactId, input, clock());
        if (meeting.contactId !== contactId) throw new UserFacingError('That meeting belongs to someone else. Nothing was changed.');
        return { result: { meetingId: meeting.id }, affected: [contactId] };
      });
    },
    async cancelMeeting({ meetingId }, { requestId }) {
      return run(once('cancelMeeting', requestId), async () => {
        const contactId = await cancelMeeting(db, meetingId, clock());
        return { result: null, affected: [contactId] };
      });
    },
    async saveInterview({ interview }, { requestId }) {
      return run(once('saveInterview', requestId), async () => {
        const result = await saveInterview(db, interview, clock());
        return { result, affected: [interview.contactId, ...result.createdContactIds] };
      });
    },
    async reminderAction(input, { requestId }) {
      return run(once('reminderAction', requestId), async () => {
        const { contactId, notice } = await applyReminderAction(db, input, clock());
        return { result: { notice }, affected: [contactId] };
      });
    },
    async saveTemplate({ template }, { requestId }) {
      return run(once('saveTemplate', requestId), async () => ({ result: { id: await saveTemplate(db, template, clock()) }, affected: [] }));
    },
    async deleteTemplate({ id }, { requestId }) {
      return run(once('deleteTemplate', requestId), async () => {
        await deleteTemplate(db, id);
        return { result: null, affected: [] };
      });
    },
    async restoreDefaultTemplates(_data, { requestId }) {
      return run(once('restoreDefaultTemplates', requestId), async () => {
        await restoreDefaultTemplates(db, clock());
        return { result: null, affected: [] };
      });
    },
    async saveSettings({ settings }, { requestId }) {
      // Merged over what is stored and validated whole: the thank-you reminder must still come
      // before its deadline after the patch.
      const parsed = parseSettings(mergeSettings(await loadSettings(), settings));
      if (!parsed.ok) return { errors: parsed.errors };
      // storage.local cannot join the IndexedDB transaction: the settings go first, then every
      // reminder moves to the new timings in one transaction that also records which settings
      // they follow. A stop in between is caught by the next wake (or command): the record no
      // longer matches the stored settings, so every contact is re-derived (lib/db/reminders.ts).
      await storeSettings(parsed.settings);
      return run(once('saveSettings', requestId), async () => ({ result: { errors: null }, affected: 'all' }), parsed.settings.reminders);
    },
    async syncReminders() {
      // Changes nothing stored: alarms are a projection of the reminders, redone from them.
      // A backup imported in a page stores its settings after its data: the reminders move to
      // them now, as rederive finds they follow other settings than the stored ones.
      await rederive(db, [], { settings: (await loadSettings()).reminders, now: clock() });
      await reminders.syncAndNotify();
      return null;
    },
    async importLinkedInCsv({ text }, { requestId }) {
      const report = await importLinkedInCsv(db, text, clock(), once('importLinkedInCsv', requestId));
      await reminders.syncAndNotify();
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
      readOnlyTypes: READ_ONLY_REQUESTS,
    },
    BackgroundRequests,
    createHandlers(db, reminders, Date.now, readTab),
  );
  listenWithRouter(route);
  return route;
}
