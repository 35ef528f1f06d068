import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';

const noReminders = { afterChange: async () => {}, rebuild: async () => {}, syncAndNotify: async () => {} };
const OWN = { id: fakeBrowser.runtime.id, tab: { id: 7, url: 'https://www.linkedin.com/in/x/' } };

async function send(message: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find((r: unknown) => r !== undefined);
}

describe('background message handling', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a capture from this extension and says whether it was new', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const profile = aProfile({ fullName: 'Priya Raman' });

    const first = await send({ type: 'saveCapture', data: { profile, warnings: [] } }, OWN);
    expect(first).toMatchObject({ ok: true, data: { status: 'created', fullName: 'Priya Raman' } });

    const second = await send({ type: 'saveCapture', data: { profile, warnings: [] } }, OWN);
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
    const reply = await send({ type: 'saveCapture', data: { profile: bad, warnings: [] } }, OWN);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/Nothing was saved — reload the page and try again/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('leaves stored data untouched when a bad re-save arrives', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders);
    const profile = aProfile({ fullName: 'Ada Lovelace' });
    await send({ type: 'saveCapture', data: { profile, warnings: [] } }, OWN);
    const before = await db.contacts.toArray();
    await send({ type: 'saveCapture', data: { profile: { ...profile, fullName: '' }, warnings: [] } }, OWN);
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('does not answer unknown message types', async () => {
    setUpMessages(freshDb(), noReminders);
    expect(await send({ type: 'dropAllTables', data: {} }, OWN)).toBeUndefined();
    expect(await send('not even an object', OWN)).toBeUndefined();
  });
});
