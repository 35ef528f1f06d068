import { sendToBackground } from '@/lib/messaging/send';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { backupActions } from './backup-actions';

const errorOf = (reply: { ok: boolean; error?: string }) => (reply.ok ? null : (reply.error ?? 'Something went wrong.'));

/** The workspace's writes, as messages to the background (which keeps reminders in step); backups run in the page. */
export const actions: WorkspaceActions = {
  ...backupActions,
  async updateContact(id, patch) {
    return errorOf(await sendToBackground('updateContact', { id, patch }));
  },
  async setStage(id, stage) {
    return errorOf(await sendToBackground('setStage', { id, stage }));
  },
  async deleteContact(id) {
    const reply = await sendToBackground('deleteContact', { id });
    if (!reply.ok) return { error: reply.error };
    const { undoToken } = reply.data;
    return { undo: async () => errorOf(await sendToBackground('restoreContact', { undoToken })) };
  },
  async deleteAllData(confirmation) {
    return errorOf(await sendToBackground('deleteAllData', { confirmation }));
  },
  async addContact(input) {
    const reply = await sendToBackground('addContact', input);
    return reply.ok ? { id: reply.data.id } : { error: reply.error };
  },
  async saveMeeting(contactId, input, meetingId) {
    return errorOf(await sendToBackground('saveMeeting', { contactId, input, ...(meetingId ? { meetingId } : {}) }));
  },
  async cancelMeeting(meetingId) {
    return errorOf(await sendToBackground('cancelMeeting', { meetingId }));
  },
  async saveInterview(interview) {
    return errorOf(await sendToBackground('saveInterview', { interview }));
  },
  async logReply(contactId) {
    return errorOf(await sendToBackground('logReply', { contactId }));
  },
  async importLinkedInCsv(text) {
    const reply = await sendToBackground('importLinkedInCsv', { text });
    return reply.ok ? reply.data : { error: reply.error };
  },
};
