import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';
import { defaultSettings, loadSettings } from '@/lib/settings';

const noReminders = { syncAndNotify: async () => {} };
/** Our content script on linkedin.com, and one of our own pages. */
const OWN = { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/x/', tab: { id: 7, url: 'https://www.linkedin.com/in/x/' } };
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };

/** As sendToBackground sends it: every request with an id of its own, unless the test gives one. */
async function send(message: unknown, sender: object) {
  const withId = message && typeof message === 'object' ? { requestId: crypto.randomUUID(), ...message } : message;
  const replies = await fakeBrowser.runtime.onMessage.trigger(withId, sender);
  return replies.find((r: unknown) => r !== undefined);
}

describe('background message handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a capture from this extension and says whether it was new', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const profile = aProfile({ fullName: 'Priya Raman' });

    const first = await send({ type: 'saveCapture', data: { profile, warnings: [] } }, PAGE);
    expect(first).toMatchObject({ ok: true, data: { status: 'created', fullName: 'Priya Raman' } });

    const second = await send({ type: 'saveCapture', data: { profile, warnings: [] } }, PAGE);
    expect(second).toMatchObject({ ok: true, data: { status: 'updated' } });
    expect(await db.contacts.count()).toBe(1);
  });

  it('ignores a message from another extension and writes nothing', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const reply = await send(
      { type: 'saveCapture', data: { profile: aProfile(), warnings: [] } },
      { id: 'some-other-extension' },
    );
    expect(reply).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });

  it('ignores a message with no sender id (a web page)', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    expect(await send({ type: 'saveCapture', data: { profile: aProfile(), warnings: [] } }, {})).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });

  it('rejects a malformed payload with a message the user can act on, and writes nothing', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const bad = { ...aProfile(), profileUrl: 'https://evil.example/in/x/' };
    const reply = await send({ type: 'saveCapture', data: { profile: bad, warnings: [] } }, PAGE);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/Nothing was saved — reload the page and try again/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('leaves stored data untouched when a bad re-save arrives', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const profile = aProfile({ fullName: 'Ada Lovelace' });
    await send({ type: 'saveCapture', data: { profile, warnings: [] } }, PAGE);
    const before = await db.contacts.toArray();
    await send({ type: 'saveCapture', data: { profile: { ...profile, fullName: '' }, warnings: [] } }, PAGE);
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('never lets a content script ask for anything but capturing its tab (no sync, no delete)', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    await send({ type: 'saveCapture', data: { profile: aProfile(), warnings: [] } }, PAGE);
    expect(await send({ type: 'syncReminders', data: {} }, OWN)).toBeUndefined();
    expect(await send({ type: 'deleteAllData', data: { confirmation: 'DELETE' } }, OWN)).toBeUndefined();
    expect(await db.contacts.count()).toBe(1);
    expect(await send({ type: 'syncReminders', data: {} }, PAGE)).toMatchObject({ ok: true });
  });

  it('does not answer unknown message types', async () => {
    setUpMessages(freshDb(), noReminders);
    expect(await send({ type: 'dropAllTables', data: {} }, OWN)).toBeUndefined();
    expect(await send('not even an object', OWN)).toBeUndefined();
  });
});

describe('background: contacts, templates and settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes a contact with everything about it, and Undo brings it all back', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const saved = (await send({ type: 'saveCapture', data: { profile: aProfile({ fullName: 'Ana Lima' }), warnings: [] } }, PAGE)) as {
      data: { contactId: string };
    };
    const id = saved.data.contactId;
    await send({ type: 'markSent', data: { contactId: id, kind: 'cold-ask', channel: 'email', text: 'Hi Ana' } }, PAGE);
    const before = { contacts: await db.contacts.toArray(), events: await db.events.toArray(), outreach: await db.outreach.toArray() };

    const deleted = (await send({ type: 'deleteContact', data: { id } }, PAGE)) as { ok: true; data: { undoToken: string } };
    expect(deleted.ok).toBe(true);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.outreach.count()).toBe(0);

    expect(await send({ type: 'restoreContact', data: { undoToken: deleted.data.undoToken } }, PAGE)).toMatchObject({ ok: true });
    expect(await db.contacts.toArray()).toEqual(before.contacts);
    expect(await db.events.toArray()).toEqual(expect.arrayContaining(before.events));
    expect(await db.outreach.toArray()).toEqual(before.outreach);
  });

  it('refuses a template with an unknown variable and names it; nothing is stored', async () => {
    const db = freshDb();
    await db.open();
    setUpMessages(db, noReminders);
    const count = await db.templates.count();
    const reply = await send(
      { type: 'saveTemplate', data: { template: { name: 'Mine', kind: 'custom', channel: 'email', body: 'Hi {{frist}}' } } },
      PAGE,
    );
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toContain('{{frist}}');
    expect(await db.templates.count()).toBe(count);
  });

  it('refuses invalid reminder settings with a sentence naming the field, keeping the stored ones', async () => {
    setUpMessages(freshDb(), noReminders);
    const reply = await send({ type: 'saveSettings', data: { settings: { reminders: { nudgeAfterDays: -3 } } } }, PAGE);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/nudgeAfterDays.*whole number of days.*Nothing was changed/) });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('settings that only break together are refused per field after the merge', async () => {
    setUpMessages(freshDb(), noReminders);
    const reply = await send({ type: 'saveSettings', data: { settings: { reminders: { thankYouHoursAfter: 30 } } } }, PAGE);
    expect(reply).toMatchObject({ ok: true, data: { errors: { 'reminders.thankYouHoursAfter': expect.stringMatching(/before the thank-you deadline/) } } });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('saveSettings {settings: {}} resets nothing; a patch changes only what it names', async () => {
    setUpMessages(freshDb(), noReminders);
    const mine = {
      ...defaultSettings(),
      me: { myName: 'Sam', myBackground: 'Nurse', myInterest: 'UX research', mySchool: 'Waterloo' },
      accountType: 'premium' as const,
      reminders: { ...defaultSettings().reminders, nudgeAfterDays: 10 },
    };
    expect(await send({ type: 'saveSettings', data: { settings: mine } }, PAGE)).toMatchObject({ ok: true, data: { errors: null } });
    expect(await send({ type: 'saveSettings', data: { settings: {} } }, PAGE)).toMatchObject({ ok: true });
    expect(await loadSettings()).toEqual(mine);
    await send({ type: 'saveSettings', data: { settings: { reminders: { confirmDaysBefore: 3 } } } }, PAGE);
    expect(await loadSettings()).toEqual({ ...mine, reminders: { ...mine.reminders, confirmDaysBefore: 3 } });
  });

  it('refuses a meeting or template whose fields are not what the forms send, and stores nothing', async () => {
    const db = freshDb();
    await db.open();
    setUpMessages(db, noReminders);
    const templates = await db.templates.count();
    for (const [type, data] of [
      ['saveMeeting', { contactId: 'c1', input: { date: 'soon', evil: true } }],
      ['saveMeeting', { contactId: 'c1', input: 'not an object' }],
      ['saveTemplate', { template: { name: 'X', kind: 'custom', channel: 'carrier-pigeon', body: 'Hi' } }],
      ['saveTemplate', { template: null }],
    ] as const) {
      const reply = await send({ type, data }, PAGE);
      expect(reply, type).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
    }
    expect(await db.meetings.count()).toBe(0);
    expect(await db.templates.count()).toBe(templates);
  });

  it('asks for the typed confirmation before deleting all data', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    await send({ type: 'saveCapture', data: { profile: aProfile(), warnings: [] } }, PAGE);
    const refused = await send({ type: 'deleteAllData', data: { confirmation: 'yes' } }, PAGE);
    expect(refused).toMatchObject({ ok: false });
    expect(await db.contacts.count()).toBe(1);
    expect(await send({ type: 'deleteAllData', data: { confirmation: 'DELETE' } }, PAGE)).toMatchObject({ ok: true });
    expect(await db.contacts.count()).toBe(0);
  });
});
