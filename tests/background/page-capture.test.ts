import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { forgetClosedTabs, injectReader } from '@/entrypoints/background/page-capture';
import { freshDb } from '../helpers/db';
import { aProfile } from '../helpers/profiles';

const noReminders = { afterChange: async () => {}, rebuild: async () => {}, syncAndNotify: async () => {} };
const PRIYA = 'https://www.linkedin.com/in/priya-raman-ux/';
/** The content script in a LinkedIn tab's top frame. */
const tab = (id: number, documentId = `doc-${id}`) => ({
  id: fakeBrowser.runtime.id,
  url: PRIYA,
  tab: { id, url: PRIYA },
  frameId: 0,
  documentId,
});
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };

/** Every write carries a request id, as sendToBackground sends it. */
const withRequestId = (message: unknown) => ({ requestId: crypto.randomUUID(), ...(message as object) });

async function send(message: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(withRequestId(message), sender);
  return replies.find((r: unknown) => r !== undefined) as { ok: boolean; data?: Record<string, unknown> & { contactId: string; status: string; review: object }; error?: string } | undefined;
}

/** What the injected reader returns for the page in each tab. */
function setUp(pages: Record<number, unknown>) {
  const db = freshDb();
  const readTab = vi.fn(async (tabId: number) => pages[tabId]);
  setUpMessages(db, noReminders, readTab);
  return { db, readTab };
}

/** What the injected reader returns: the page's raw reading, which the background turns into a Profile. */
const read = ({ url = PRIYA, ...overrides }: { url?: string } & Record<string, unknown> = {}) => ({
  ok: true,
  url,
  reading: {
    layout: 'sdui-2026',
    ownSlugs: [],
    fullName: 'Priya Raman',
    headline: 'Northwind Health',
    experience: [],
    education: [],
    experienceState: 'read',
    educationState: 'read',
    warnings: [],
    ...overrides,
  },
});

describe('captureTab: the background reads the sender’s own tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the reader into that tab, saves what it read and replies with the review', async () => {
    const { db, readTab } = setUp({ 7: read() });
    const reply = await send({ type: 'captureTab', data: {} }, tab(7));
    expect(readTab).toHaveBeenCalledWith(7);
    expect(reply).toMatchObject({
      ok: true,
      data: { status: 'created', fullName: 'Priya Raman', review: { fullName: 'Priya Raman', headline: 'Northwind Health', experienceCount: 0 } },
    });
    expect(await db.contacts.count()).toBe(1);
    expect((await send({ type: 'captureTab', data: {} }, tab(7)))?.data?.status).toBe('updated');
  });

  it('no longer takes a profile from a content script: only what the background read is saved', async () => {
    const { db } = setUp({});
    expect(await send({ type: 'saveCapture', data: { profile: aProfile(), warnings: [] } }, tab(7))).toBeUndefined();
    expect(await send({ type: 'captureTab', data: { profile: aProfile() } }, tab(7))).toMatchObject({ ok: false });
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses what a doctored page made the reader return, with a sentence, and stores nothing', async () => {
    const { db } = setUp({ 7: read({ url: 'https://evil.example/in/x/' }), 8: 'not a result', 9: undefined });
    for (const id of [7, 8, 9]) {
      const reply = await send({ type: 'captureTab', data: {} }, tab(id));
      expect(reply).toEqual({ ok: false, error: 'Coffee Chat could not read this page. Reload it and save again.' });
    }
    expect(await db.contacts.count()).toBe(0);
  });

  it('builds the profile itself from the raw reading: the self-check runs in the background', async () => {
    const { db } = setUp({ 7: read({ headline: 'Northwind Health', topCompany: 'Northwind Health' } as never) });
    const reply = await send({ type: 'captureTab', data: {} }, tab(7));
    expect(reply?.data?.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'headline-unsure' })]));
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({ fullName: 'Priya Raman', firstName: 'Priya', lastName: 'Raman', currentCompany: 'Northwind Health' });
    expect(contact?.headline).toBeUndefined();
  });

  it('on a /details/experience/ page, keeps the saved Education and says so', async () => {
    const school = { school: 'University of Toronto', degree: 'MDes' };
    const { db } = setUp({
      7: read({ education: [school] }),
      8: { ...read({ educationState: 'absent' }), listed: 'experience' },
    });
    await send({ type: 'captureTab', data: {} }, tab(7));
    const reply = await send({ type: 'captureTab', data: {} }, tab(8));
    expect(reply?.data?.warnings).toEqual([expect.objectContaining({ code: 'education-not-listed' })]);
    expect((await db.contacts.toArray())[0]?.education).toEqual([school]);
  });

  it('refuses a reader that still lacks the other reader file', async () => {
    const { db } = setUp({ 7: { ok: false, missing: 'public' } });
    expect(await send({ type: 'captureTab', data: {} }, tab(7))).toMatchObject({ ok: false, error: expect.stringMatching(/Reload it/) });
    expect(await db.contacts.count()).toBe(0);
  });

  it('passes on why a page is not a profile', async () => {
    const { db } = setUp({ 7: { ok: false, reason: 'login-wall' } });
    expect(await send({ type: 'captureTab', data: {} }, tab(7))).toEqual({ ok: false, error: 'Sign in to LinkedIn to see this profile, then save again' });
    expect(await db.contacts.count()).toBe(0);
  });

  it('says so when the tab cannot be read (closed, navigated off LinkedIn)', async () => {
    const db = freshDb();
    setUpMessages(db, noReminders, async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await send({ type: 'captureTab', data: {} }, tab(7))).toMatchObject({ ok: false, error: expect.stringMatching(/Reload it/) });
  });

  it('only for a tab’s top frame', async () => {
    const { readTab } = setUp({ 7: read() });
    expect(await send({ type: 'captureTab', data: {} }, { ...tab(7), frameId: 3 })).toMatchObject({ ok: false });
    expect(await send({ type: 'captureTab', data: {} }, { id: fakeBrowser.runtime.id, url: PRIYA })).toMatchObject({ ok: false });
    expect(readTab).not.toHaveBeenCalled();
  });
});

describe('editCapture: a tab may correct only the contact it just saved', () => {
  beforeEach(() => fakeBrowser.reset());

  async function savedIn(tabId: number, pages: Record<number, unknown>) {
    const env = setUp(pages);
    const reply = await send({ type: 'captureTab', data: {} }, tab(tabId));
    return { ...env, contactId: reply!.data!.contactId };
  }

  it('stores the correction, marks it as the user’s, and a re-save keeps it', async () => {
    const { db, contactId } = await savedIn(7, { 7: read() });
    const reply = await send({ type: 'editCapture', data: { contactId, patch: { headline: 'Senior UX Researcher' } } }, tab(7));
    expect(reply).toMatchObject({ ok: true, data: { review: { headline: 'Senior UX Researcher', editedFields: ['headline'] } } });

    const again = await send({ type: 'captureTab', data: {} }, tab(7));
    expect(again?.data?.review).toMatchObject({ headline: 'Senior UX Researcher' });
    expect(await db.contacts.get(contactId)).toMatchObject({ headline: 'Senior UX Researcher', editedFields: ['headline'] });
  });

  it('refuses another contact’s id, another tab, another page in the same tab, and an extension page', async () => {
    const { db, contactId } = await savedIn(7, { 7: read(), 8: read({ url: 'https://www.linkedin.com/in/someone-else/', fullName: 'Someone Else' }) });
    const other = (await send({ type: 'captureTab', data: {} }, tab(8)))!.data!.contactId;
    const before = await db.contacts.toArray();
    const edit = (id: string) => ({ type: 'editCapture', data: { contactId: id, patch: { headline: 'Pwned' } } });

    expect(await send(edit(other), tab(7))).toEqual({ ok: false, error: 'Save this profile again, then make your correction.' });
    expect(await send(edit(contactId), tab(8))).toMatchObject({ ok: false });
    expect(await send(edit(contactId), tab(7, 'a-later-page'))).toMatchObject({ ok: false });
    expect(await send(edit(contactId), { ...tab(7), frameId: 2 })).toMatchObject({ ok: false });
    // Extension pages edit through updateContact; this request is the review card's.
    expect(await send(edit(contactId), PAGE)).toMatchObject({ ok: false });
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('takes only the five card fields, at least one, and nothing else', async () => {
    const { db, contactId } = await savedIn(7, { 7: read() });
    const before = await db.contacts.toArray();
    for (const data of [
      { contactId, patch: {} },
      { contactId, patch: { notes: 'x' } },
      { contactId, patch: { stage: 'archived' } },
      { contactId, patch: { headline: 'ok' }, extra: 1 },
      { contactId, patch: { fullName: '' } },
      { contactId, patch: { headline: 'x'.repeat(2001) } },
    ]) {
      expect(await send({ type: 'editCapture', data }, tab(7))).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
    }
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('a tab that is closed loses its right to edit', async () => {
    const { contactId } = await savedIn(7, { 7: read() });
    forgetClosedTabs();
    await fakeBrowser.tabs.onRemoved.trigger(7, { isWindowClosing: false, windowId: 0 });
    expect(await send({ type: 'editCapture', data: { contactId, patch: { headline: 'Late' } } }, tab(7))).toMatchObject({ ok: false });
  });
});

describe('injectReader: one reader file per capture, the one the page needs', () => {
  function scripting(answers: Record<string, unknown>, isPublic: boolean) {
    const executeScript = vi.fn(async (options: { files?: string[]; func?: () => unknown }) => [
      { result: options.func ? isPublic : answers[options.files?.[0] ?? ''] },
    ]);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
    return executeScript;
  }
  const files = (calls: unknown[][]) => calls.map(([options]) => (options as { files?: string[] }).files?.[0]).filter(Boolean);

  it('loads only the signed-in reader on a signed-in page', async () => {
    const executeScript = scripting({ '/profile-reader.js': read() }, false);
    expect(await injectReader(7)).toEqual(read());
    expect(files(executeScript.mock.calls)).toEqual(['/profile-reader.js']);
  });

  it('loads only the public reader on the signed-out public page', async () => {
    const executeScript = scripting({ '/public-reader.js': read() }, true);
    expect(await injectReader(7)).toEqual(read());
    expect(files(executeScript.mock.calls)).toEqual(['/public-reader.js']);
  });

  it('adds the other reader when the first found no name and asks for it', async () => {
    const executeScript = scripting({ '/profile-reader.js': { ok: false, missing: 'public' }, '/public-reader.js': read() }, false);
    expect(await injectReader(7)).toEqual(read());
    expect(files(executeScript.mock.calls)).toEqual(['/profile-reader.js', '/public-reader.js']);
  });
});
