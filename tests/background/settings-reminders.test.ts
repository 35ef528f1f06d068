import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { createReminderService } from '@/entrypoints/background/reminders';
import type { CoffeeChatDB } from '@/lib/db/database';
import { loadSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../helpers/db';
import { expectRemindersMatchRules } from '../helpers/reminder-oracle';

/**
 * Settings live in storage.local and reminders in IndexedDB, so saving settings is two steps.
 * The worker may stop between them; the reminders must still follow the new settings at the
 * next wake. (Mutation tried: reconcile without the settings check in rederive — the nudge
 * stays a week after the outreach and the first test goes red.)
 */
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };
const DAY = 86_400_000;

let db: CoffeeChatDB;

async function send<T = unknown>(type: string, data: unknown): Promise<T> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data, requestId: crypto.randomUUID() }, PAGE);
  const reply = replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; data?: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

async function aSentAsk(): Promise<{ contactId: string; sentAt: number }> {
  const { id } = await send<{ id: string }>('addContact', { fullName: 'Ana Lima' });
  const before = Date.now();
  await send('markSent', { contactId: id, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hello Ana' });
  const outreach = await db.outreach.where('contactId').equals(id).first();
  return { contactId: id, sentAt: outreach?.sentAt ?? before };
}

const nudgeOf = async (contactId: string) =>
  (await db.reminders.where('contactId').equals(contactId).toArray()).find((r) => r.kind === 'nudge' && r.status === 'pending');

describe('settings and the reminders derived from them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDb();
    setUpMessages(db, { syncAndNotify: async () => {} });
  });

  it('the worker stops right after storing new settings: the next wake moves every reminder to them', async () => {
    const { contactId, sentAt } = await aSentAsk();
    expect((await nudgeOf(contactId))?.dueAt).toBe(sentAt + 7 * DAY);

    // What saveSettings does first; the worker stops before the reminders follow.
    const stored = await loadSettings();
    await storeSettings({ ...stored, reminders: { ...stored.reminders, nudgeAfterDays: 14 } });
    expect((await nudgeOf(contactId))?.dueAt, 'still the old timing before the wake').toBe(sentAt + 7 * DAY);

    // The next wake (a fresh worker: a new service on the same database).
    await createReminderService(db).reconcile();
    expect((await nudgeOf(contactId))?.dueAt).toBe(sentAt + 14 * DAY);
    await expectRemindersMatchRules(db, (await loadSettings()).reminders, Date.now());
  });

  it('a command that runs before the wake catches up too, in its own transaction', async () => {
    const first = await aSentAsk();
    const stored = await loadSettings();
    await storeSettings({ ...stored, reminders: { ...stored.reminders, nudgeAfterDays: 10 } });

    // Touches another contact only; the stale one moves all the same.
    await send('addContact', { fullName: 'Ben Okafor' });
    expect((await nudgeOf(first.contactId))?.dueAt).toBe(first.sentAt + 10 * DAY);
    await expectRemindersMatchRules(db, (await loadSettings()).reminders, Date.now());
  });

  it('saving settings through the protocol moves the reminders at once, and a wake after it changes nothing', async () => {
    const { contactId, sentAt } = await aSentAsk();
    expect(await send('saveSettings', { settings: { reminders: { nudgeAfterDays: 3 } } })).toEqual({ errors: null });
    const nudge = await nudgeOf(contactId);
    expect(nudge?.dueAt).toBe(sentAt + 3 * DAY);

    await createReminderService(db).reconcile();
    expect(await nudgeOf(contactId)).toEqual(nudge);
  });
});
