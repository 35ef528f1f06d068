import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import type { CoffeeChatDB } from '@/lib/db/database';
import { newInterview } from '@/lib/interviews/interview';
import { BackgroundReplies, type BackgroundType } from '@/lib/messaging/protocol';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';

/**
 * The background's real replies, checked against the protocol's reply schemas: the types every
 * caller sees are derived from those schemas, so a handler that answers something else fails
 * here. Parsed and compared whole, so an extra or missing field fails too (zod drops unknown keys).
 */
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };
const NEXT_WEEK = { date: '2099-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' };

const checked = new Set<string>();
let db: CoffeeChatDB;

async function send<K extends BackgroundType>(type: K, data: unknown) {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data, requestId: crypto.randomUUID() }, PAGE);
  const reply = replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; data?: unknown; error?: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  const parsed = BackgroundReplies[type].safeParse(reply.data);
  expect(parsed.success, `${type} answered ${JSON.stringify(reply.data)}`).toBe(true);
  expect(parsed.data, `${type}: fields beyond its reply schema`).toEqual(reply.data);
  checked.add(type);
  return parsed.data as never;
}

describe("the background's replies match the protocol's reply schemas", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
    setUpMessages(db, { syncAndNotify: async () => {} });
  });

  it('every request a page makes', async () => {
    const { contactId } = await send('saveCapture', { profile: aProfile(), warnings: [] });
    const { id } = await send('addContact', { fullName: 'Ana Lima', referredById: contactId });
    await send('updateContact', { id, patch: { notes: 'Met at the meetup' } });
    await send('setStage', { id, stage: 'researching' });
    await send('markSent', { contactId: id, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hello Ana' });
    const open = (await db.reminders.toArray()).find((r) => r.status === 'pending');
    expect(open).toBeDefined();
    await send('reminderAction', { reminderId: open!.id, action: 'snooze', days: 2 });
    await send('logReply', { contactId: id });
    const { meetingId } = await send('saveMeeting', { contactId: id, input: NEXT_WEEK });
    const interview = { ...newInterview({ id: crypto.randomUUID(), contactId: id, meetingId, now: Date.now() }) };
    interview.log.referrals = [{ name: 'Ben Okafor' }];
    await send('saveInterview', { interview });
    await send('cancelMeeting', { meetingId });
    // Backups run in the workspace page; it then asks the background to follow the reminders.
    await send('syncReminders', {});
    await send('importLinkedInCsv', { text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nCara,Diaz,https://www.linkedin.com/in/cara-diaz,,Acme,Designer,01 Jan 2024\n' });
    const { id: templateId } = await send('saveTemplate', { template: { name: 'Mine', kind: 'custom', channel: 'email', body: 'Hi {{firstName}}', isDefault: false } });
    await send('deleteTemplate', { id: templateId });
    await send('restoreDefaultTemplates', {});
    await send('saveSettings', { settings: { reminders: { nudgeAfterDays: 5 } } });
    const { undoToken } = await send('deleteContact', { id });
    await send('restoreContact', { undoToken });
    await send('deleteAllData', { confirmation: 'DELETE' });

    // The content script's two (captureTab, editCapture) need a LinkedIn tab: tests/background/page-capture.test.ts.
    const pageRequests = Object.keys(BackgroundReplies).filter((t) => !['captureTab', 'editCapture'].includes(t));
    expect([...checked].sort()).toEqual(pageRequests.sort());
  });

  it('a refused settings patch answers with its errors, in the same shape', async () => {
    const { errors } = (await send('saveSettings', { settings: { reminders: { thankYouHoursAfter: 30, thankYouWithinHours: 24 } } })) as {
      errors: Record<string, string> | null;
    };
    expect(errors).not.toBeNull();
  });
});
