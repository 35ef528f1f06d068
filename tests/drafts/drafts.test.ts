// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CoffeeChatDrafts } from '@/lib/drafts/drafts-db';
import { DRAFT_MAX_AGE_MS, clearDraft, draftsFor, journalDraft, pruneDrafts, readDraft, writeDraft } from '@/lib/drafts/drafts';
import { sameValue } from '@/lib/drafts/same-value';
import { CoffeeChatDB } from '@/lib/db/database';

let n = 0;
const freshDrafts = () => new CoffeeChatDrafts(`drafts-test-${++n}`);

describe('drafts store', () => {
  it('keeps one draft per surface, contact and field, and survives the database being reopened', async () => {
    const name = `drafts-reopen-${++n}`;
    const db = new CoffeeChatDrafts(name);
    await writeDraft(db, { surface: 'contact-notes', scope: 'c1', field: '' }, 'Runs the design team', 1);
    await writeDraft(db, { surface: 'contact-notes', scope: 'c2', field: '' }, 'Other person', 2);
    await writeDraft(db, { surface: 'composer', scope: 'c1', field: 't-ask' }, { text: 'Hi' }, 3);
    await writeDraft(db, { surface: 'contact-notes', scope: 'c1', field: '' }, 'Runs the design team at Acme', 4);
    db.close();

    // A new instance, as after the popup closed or the worker restarted.
    const again = new CoffeeChatDrafts(name);
    expect((await readDraft(again, { surface: 'contact-notes', scope: 'c1', field: '' }))?.value).toBe(
      'Runs the design team at Acme',
    );
    expect((await readDraft(again, { surface: 'composer', scope: 'c1', field: 't-ask' }))?.value).toEqual({ text: 'Hi' });
    expect(await readDraft(again, { surface: 'composer', scope: 'c2', field: 't-ask' })).toBeUndefined();
  });

  it('lists a contact’s drafts newest first and clears one without touching the others', async () => {
    const db = freshDrafts();
    await writeDraft(db, { surface: 'composer', scope: 'c1', field: 'a' }, 'old', 1);
    await writeDraft(db, { surface: 'composer', scope: 'c1', field: 'b' }, 'new', 5);
    await writeDraft(db, { surface: 'composer', scope: 'c2', field: 'a' }, 'someone else', 9);
    expect((await draftsFor(db, 'composer', 'c1')).map((d) => d.field)).toEqual(['b', 'a']);
    await clearDraft(db, { surface: 'composer', scope: 'c1', field: 'b' });
    expect((await draftsFor(db, 'composer', 'c1')).map((d) => d.value)).toEqual(['old']);
    expect(await draftsFor(db, 'composer', 'c2')).toHaveLength(1);
  });

  it('prunes only drafts older than the limit', async () => {
    const db = freshDrafts();
    const now = 10 * DRAFT_MAX_AGE_MS;
    await writeDraft(db, { surface: 'contact-notes', scope: 'old', field: '' }, 'x', now - DRAFT_MAX_AGE_MS - 1);
    await writeDraft(db, { surface: 'contact-notes', scope: 'recent', field: '' }, 'y', now - 1000);
    expect(await pruneDrafts(db, now)).toBe(1);
    expect((await db.drafts.toArray()).map((d) => d.scope)).toEqual(['recent']);
  });

  it('lives apart from the main database, so neither sees the other’s versions', async () => {
    const main = new CoffeeChatDB(`main-${++n}`);
    const drafts = freshDrafts();
    await main.open();
    await drafts.open();
    expect(main.name).not.toBe(drafts.name);
    expect(drafts.tables.map((t) => t.name)).toEqual(['drafts']);
  });
});

describe('sameValue', () => {
  it('ignores key order and undefined properties, not content', () => {
    expect(sameValue({ a: 1, b: ['x'] }, { b: ['x'], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, c: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: ['x'] }, { a: 1, b: ['y'] })).toBe(false);
    expect(sameValue(['a'], { 0: 'a' })).toBe(false);
    expect(sameValue('a', 'a')).toBe(true);
  });
});

// A popup closes the moment the user clicks into LinkedIn; the store's write begun then may be
// cut off with the page (CI lost the end of a message so). Page hide journals the text first.
describe('the journal written at page hide', () => {
  const key = { surface: 'composer' as const, scope: 'c1', field: 't-ask' };

  afterEach(() => localStorage.clear());

  it('brings back the text when the store never got it, and empties once the store has it', async () => {
    const db = freshDrafts();
    await writeDraft(db, key, 'Hi Priya', 1);
    journalDraft(key, 'Hi Priya, would you', 2);
    expect((await readDraft(db, key))?.value).toBe('Hi Priya, would you');
    expect((await draftsFor(db, 'composer', 'c1')).map((d) => d.value)).toEqual(['Hi Priya, would you']);
    journalDraft({ ...key, field: 't-other' }, 'Only journalled', 3);
    expect((await draftsFor(db, 'composer', 'c1')).map((d) => d.value)).toEqual(['Only journalled', 'Hi Priya, would you']);

    await writeDraft(db, key, 'Hi Priya, would you be open', 4);
    expect(localStorage.length).toBe(1);
    await clearDraft(db, { ...key, field: 't-other' });
    expect(localStorage.length).toBe(0);
    expect((await readDraft(db, key))?.value).toBe('Hi Priya, would you be open');
  });

  it('ignores an entry it did not write', async () => {
    localStorage.setItem(`coffee-chat-draft:${JSON.stringify(['composer', 'c1', 't-ask'])}`, '{"value":"<img src=x>"}');
    expect(await readDraft(freshDrafts(), key)).toBeUndefined();
  });
});
