// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { actions } from '@/entrypoints/workspace/background-actions';
import { CheckingStatus } from '@/components/shared/CheckingStatus';
import type { CoffeeChatDB } from '@/lib/db/database';
import { freshDb } from '../../helpers/db';

/**
 * Every page write goes through sendToBackground, which feeds the one "Checking…" store. Here
 * the real workspace actions meet a worker that commits, then stops before answering: the
 * page shows "Checking…" while it asks again with the same id, then reports success — never
 * "not answering" for a write that was saved, and the write is there once.
 * (Mutation tried: send.ts not calling startChecking — the "Checking…" assertions go red.)
 */
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };
const NEXT_WEEK = { date: '2099-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' as const };

let db: CoffeeChatDB;

async function deliver(message: unknown) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, PAGE);
  return replies.find((r: unknown) => r !== undefined);
}

/**
 * The page's messages reach the real handlers. Once `stopAfterEachCommit` is called, the first
 * try of each request commits and then gets no answer, and retries wait for `release`.
 */
function connectWorker() {
  const seen = new Set<string>();
  let stopping = false;
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { requestId: string }) => {
    const reply = await deliver(message);
    if (!stopping) return reply;
    if (!seen.has(message.requestId)) {
      seen.add(message.requestId);
      throw new Error('The message port closed before a response was received.');
    }
    await gate;
    return reply;
  }) as never);
  return { stopAfterEachCommit: () => void (stopping = true), release: () => release() };
}

const checkingText = () => screen.getByTestId('checking-status').textContent;

describe('"Checking…" for every write of a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
    setUpMessages(db, { syncAndNotify: async () => {} });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('Save meeting from the workspace: "Checking…" while it asks again, then saved once with no error', async () => {
    const worker = connectWorker();
    const added = await actions.addContact({ fullName: 'Ana Lima' });
    if (!('id' in added)) throw new Error(added.error);
    render(<CheckingStatus />);
    expect(checkingText()).toBe('');

    worker.stopAfterEachCommit();
    const saving = actions.saveMeeting(added.id, NEXT_WEEK);
    await waitFor(() => expect(checkingText()).toBe('Checking…'));
    worker.release();
    expect(await saving).toBeNull();
    await waitFor(() => expect(checkingText()).toBe(''));
    expect(await db.meetings.count()).toBe(1);
  });

  it('several writes at once: "Checking…" stays until the last one has its answer', async () => {
    const worker = connectWorker();
    const added = await actions.addContact({ fullName: 'Ben Okafor' });
    if (!('id' in added)) throw new Error(added.error);
    render(<CheckingStatus />);

    worker.stopAfterEachCommit();
    const writes = [actions.updateContact(added.id, { notes: 'Met at the meetup' }), actions.logReply(added.id), actions.setStage(added.id, 'scheduled')];
    await waitFor(() => expect(checkingText()).toBe('Checking…'));
    worker.release();
    expect(await Promise.all(writes)).toEqual([null, null, null]);
    await waitFor(() => expect(checkingText()).toBe(''));
    expect((await db.contacts.get(added.id))?.notes).toBe('Met at the meetup');
  });
});
