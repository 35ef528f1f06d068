import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import type { CoffeeChatDB } from '@/lib/db/database';
import { newInterview } from '@/lib/interviews/interview';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { loadSettings } from '@/lib/settings';
import { exportText, importBackup } from '../helpers/backup-text';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';
import { expectRemindersMatchRules } from '../helpers/reminder-oracle';

const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const meetingIn = (days: number) => ({ date: inDays(days), time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' });

let db: CoffeeChatDB;
let synced = 0;

async function send<T = unknown>(type: string, data: unknown): Promise<T> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data, requestId: crypto.randomUUID() }, PAGE);
  const reply = replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; data?: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

/** After each command: the stored reminders are what the rules make of the stored data. */
async function expectConsistent() {
  await expectRemindersMatchRules(db, (await loadSettings()).reminders, Date.now());
}

const openKinds = async (contactId: string) =>
  (await db.reminders.where('contactId').equals(contactId).toArray())
    .filter((r) => r.status === 'pending' || r.status === 'snoozed')
    .map((r) => r.kind)
    .sort();

async function aContact(fullName = 'Ana Lima'): Promise<string> {
  const { id } = await send<{ id: string }>('addContact', { fullName });
  return id;
}

describe('each command commits its write and the reminders it implies together', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
    synced = 0;
    setUpMessages(db, { syncAndNotify: async () => void (synced += 1) });
  });

  it('saveCapture', async () => {
    const { contactId } = await send<{ contactId: string }>('saveCapture', { profile: aProfile(), warnings: [] });
    expect(await db.events.where('contactId').equals(contactId).count()).toBe(1);
    await expectConsistent();
    expect(synced).toBe(1);
  });

  it('addContact with a referrer brings the reach-out reminder', async () => {
    const ana = await aContact();
    const { id: ben } = await send<{ id: string }>('addContact', { fullName: 'Ben Okafor', referredById: ana });
    expect(await openKinds(ben)).toEqual(['reach-out-referral']);
    await expectConsistent();
  });

  it('updateContact: setting a referrer brings the reminder, clearing it closes it', async () => {
    const ana = await aContact();
    const ben = await aContact('Ben Okafor');
    await send('updateContact', { id: ben, patch: { referredById: ana } });
    expect(await openKinds(ben)).toEqual(['reach-out-referral']);
    await expectConsistent();
    await send('updateContact', { id: ben, patch: { referredById: '' } });
    expect(await openKinds(ben)).toEqual([]);
    await expectConsistent();
  });

  it('setStage to Requested by hand brings the nudge; to Archived closes it', async () => {
    const ana = await aContact();
    await send('setStage', { id: ana, stage: 'requested' });
    expect(await openKinds(ana)).toEqual(['nudge']);
    await expectConsistent();
    await send('setStage', { id: ana, stage: 'archived' });
    expect(await openKinds(ana)).toEqual([]);
    await expectConsistent();
  });

  it('markSent brings the nudge and logReply closes it', async () => {
    const ana = await aContact();
    await send('markSent', { contactId: ana, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' });
    expect(await openKinds(ana)).toEqual(['nudge']);
    await expectConsistent();
    await send('logReply', { contactId: ana });
    expect(await openKinds(ana)).toEqual([]);
    await expectConsistent();
  });

  it('saveMeeting brings confirm and thank-you; cancelMeeting closes both', async () => {
    const ana = await aContact();
    const { meetingId } = await send<{ meetingId: string }>('saveMeeting', { contactId: ana, input: meetingIn(7) });
    expect(await openKinds(ana)).toEqual(['confirm-meeting', 'thank-you']);
    await expectConsistent();
    await send('cancelMeeting', { meetingId });
    expect(await openKinds(ana)).toEqual([]);
    await expectConsistent();
  });

  it('saveInterview: each new person to talk to gets a reach-out reminder', async () => {
    const ana = await aContact();
    const interview = newInterview({ id: 'i1', contactId: ana, now: Date.now() });
    const logged = { ...interview, loggedAt: Date.now(), log: { ...interview.log, referrals: [{ name: 'Dana Whitfield' }] } };
    const { createdContactIds } = await send<{ createdContactIds: string[] }>('saveInterview', { interview: logged });
    expect(await openKinds(createdContactIds[0]!)).toEqual(['reach-out-referral']);
    await expectConsistent();
  });

  it('reminderAction done closes the reminder and it stays closed; a done nudge leaves only "mark No reply"', async () => {
    const ana = await aContact();
    await send('markSent', { contactId: ana, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' });
    const [nudge] = await db.reminders.toArray();
    await send('reminderAction', { reminderId: nudge!.id, action: 'done' });
    expect((await db.reminders.get(nudge!.id))?.status).toBe('done');
    // The nudge counts as sent (the method's one nudge), so what is left is to stop.
    expect(await openKinds(ana)).toEqual(['mark-no-reply']);
    await expectConsistent();
  });

  it('deleteContact takes the reminders along (and the referral of whom they referred); restore brings them back', async () => {
    const ana = await aContact();
    const { id: ben } = await send<{ id: string }>('addContact', { fullName: 'Ben Okafor', referredById: ana });
    await send('markSent', { contactId: ana, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' });
    const { undoToken } = await send<{ undoToken: string }>('deleteContact', { id: ana });
    expect(await db.reminders.where('contactId').equals(ana).count()).toBe(0);
    expect(await openKinds(ben)).toEqual([]);
    await expectConsistent();
    await send('restoreContact', { undoToken });
    expect(await openKinds(ana)).toEqual(['nudge']);
    expect(await openKinds(ben)).toEqual(['reach-out-referral']);
    await expectConsistent();
  });

  it('saveSettings with new timings moves every open reminder in the same command', async () => {
    const ana = await aContact();
    await send('markSent', { contactId: ana, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' });
    const before = (await db.reminders.toArray())[0]!;
    const settings = await loadSettings();
    const reply = await send<{ errors: unknown }>('saveSettings', {
      settings: { ...settings, reminders: { ...settings.reminders, nudgeAfterDays: 3 } },
    });
    expect(reply.errors).toBeNull();
    const after = (await db.reminders.toArray())[0]!;
    expect(after.dueAt).toBe(before.dueAt - 4 * DAY);
    await expectRemindersMatchRules(db, { ...DEFAULT_REMINDER_SETTINGS, nudgeAfterDays: 3 }, Date.now());
  });

  it('a backup import (run in the page) commits every imported contact with its reminders, and syncReminders re-projects alarms', async () => {
    const ana = await aContact();
    await send('markSent', { contactId: ana, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' });
    const { text } = await exportText(db, Date.now());
    const backup = JSON.parse(text) as { tables: { reminders: unknown[] } };
    // A backup without its derived rows: the import must derive them before it answers.
    backup.tables.reminders = [];
    const other = freshDb();
    fakeBrowser.reset();
    db = other;
    let projected = 0;
    setUpMessages(other, { syncAndNotify: async () => void (projected += 1) });
    await importBackup(other, JSON.stringify(backup), Date.now());
    const [imported] = await other.contacts.toArray();
    expect(await openKinds(imported!.id)).toEqual(['nudge']);
    await expectConsistent();
    const before = JSON.stringify(await other.reminders.toArray());
    await send('syncReminders', {});
    expect(projected).toBe(1);
    expect(JSON.stringify(await other.reminders.toArray())).toBe(before);
  });

  it('importLinkedInCsv derives reminders for the people it adds, before it answers', async () => {
    const text = readFileSync('tests/fixtures/backup/Connections.csv', 'utf8');
    const { report } = await send<{ report: { added: number } }>('importLinkedInCsv', { text });
    expect(report.added).toBeGreaterThan(0);
    await expectConsistent();
  });
});
