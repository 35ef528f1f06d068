import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import type { CoffeeChatDB } from '@/lib/db/database';
import { sendToBackground } from '@/lib/messaging/send';
import { freshDb } from '../helpers/db';

const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
const NEXT_WEEK = { date: '2099-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' };

let db: CoffeeChatDB;

async function deliver(message: unknown) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, PAGE);
  return replies.find((r: unknown) => r !== undefined) as { ok: boolean; data?: unknown; error?: string } | undefined;
}

async function aContact() {
  const reply = await deliver({ type: 'addContact', data: { fullName: 'Ana Lima' }, requestId: crypto.randomUUID() });
  return (reply!.data as { id: string }).id;
}

describe('a retried request writes once and gets the first answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
    setUpMessages(db, { syncAndNotify: async () => {} });
  });

  it('Mark as sent twice with the same id: one outreach, one nudge, the same answer', async () => {
    const contactId = await aContact();
    const message = { type: 'markSent', data: { contactId, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' }, requestId: 'req-mark-sent-1' };
    const first = await deliver(message);
    const again = await deliver(message);
    expect(again).toEqual(first);
    expect(await db.outreach.count()).toBe(1);
    expect((await db.reminders.toArray()).filter((r) => r.kind === 'nudge')).toHaveLength(1);
  });

  it('Save meeting twice with the same id: one meeting', async () => {
    const contactId = await aContact();
    const message = { type: 'saveMeeting', data: { contactId, input: NEXT_WEEK }, requestId: 'req-meeting-1' };
    const first = await deliver(message);
    expect(first).toMatchObject({ ok: true });
    expect(await deliver(message)).toEqual(first);
    expect(await db.meetings.count()).toBe(1);
  });

  it('a new id is a new request', async () => {
    const contactId = await aContact();
    const data = { contactId, input: NEXT_WEEK };
    await deliver({ type: 'saveMeeting', data, requestId: 'req-a-000' });
    await deliver({ type: 'saveMeeting', data, requestId: 'req-b-000' });
    expect(await db.meetings.count()).toBe(2);
  });

  it('a write without an id is refused with a sentence, and changes nothing', async () => {
    const reply = await deliver({ type: 'addContact', data: { fullName: 'Ana Lima' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
    expect(await db.contacts.count()).toBe(0);
  });

  it('a failed command stores no answer: its retry runs again', async () => {
    const message = { type: 'logReply', data: { contactId: 'nobody' }, requestId: 'req-fail-1' };
    expect(await deliver(message)).toMatchObject({ ok: false });
    expect(await db.requests.count()).toBe(0);
  });

  it('the page: the worker stopped after committing, so it says "Checking…", asks again with the same id, and reports success', async () => {
    const contactId = await aContact();
    const ids: string[] = [];
    let calls = 0;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { requestId: string }) => {
      ids.push(message.requestId);
      calls += 1;
      const reply = await deliver(message);
      // First try: the write commits, then the worker stops before the answer gets back.
      if (calls === 1) throw new Error('The message port closed before a response was received.');
      return reply;
    }) as never);
    const checking = vi.fn();
    const reply = await sendToBackground(
      'markSent',
      { contactId, kind: 'cold-ask', channel: 'linkedin', text: 'Hi Ana' },
      { onChecking: checking, retryDelaysMs: [0, 0] },
    );
    expect(reply).toMatchObject({ ok: true, data: { outreachId: expect.any(String) } });
    expect(checking).toHaveBeenCalledTimes(1);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await db.outreach.count()).toBe(1);
  });
});
