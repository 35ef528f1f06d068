import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { CONTACT_LIMITS } from '@/lib/contacts/contact';
import { overLimit, tooLongText } from '@/lib/limits/limit-text';
import { freshDb } from '../helpers/db';
import { aContact } from '../workspace/contact-fixture';

const noReminders = { afterChange: async () => {}, rebuild: async () => {}, syncAndNotify: async () => {} };
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };

/** Every write carries a request id, as sendToBackground sends it. */
const withRequestId = (message: unknown) => ({ requestId: crypto.randomUUID(), ...(message as object) });

async function send(message: unknown) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(withRequestId(message), PAGE);
  return replies.find((r: unknown) => r !== undefined);
}

describe('limits in plain words', () => {
  it('says what the limit is and how long the text is', () => {
    expect(tooLongText('Notes', 100_000, 200_000)).toBe('Notes can hold up to 100,000 characters — this is 200,000.');
    expect(overLimit('Notes', CONTACT_LIMITS.notes, 'x'.repeat(CONTACT_LIMITS.notes))).toBeNull();
    expect(overLimit('Notes', CONTACT_LIMITS.notes, 'x'.repeat(CONTACT_LIMITS.notes + 1))).toMatch(/this is 100,001\.$/);
  });

  describe('a request that is too long', () => {
    beforeEach(() => fakeBrowser.reset());

    it('is refused with the field’s name and both lengths, and nothing changes', async () => {
      const db = freshDb();
      setUpMessages(db, noReminders);
      await db.contacts.add(aContact({ id: 'p', notes: 'Kept' }));
      const reply = await send({ type: 'updateContact', data: { id: 'p', patch: { notes: 'x'.repeat(200_000) } } });
      expect(reply).toEqual({
        ok: false,
        error: 'Notes can hold up to 100,000 characters — this is 200,000. Nothing was changed.',
      });
      expect((await db.contacts.get('p'))?.notes).toBe('Kept');
    });
  });
});
