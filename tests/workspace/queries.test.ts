import { describe, expect, it } from 'vitest';
import {
  countByStage,
  findContactOptions,
  loadBoard,
  loadMeetings,
  loadOpenReminders,
  loadReferees,
  loadReferralContacts,
} from '@/lib/workspace/queries';
import { aContact } from './contact-fixture';
import { freshDb } from '../helpers/db';

describe('workspace queries', () => {
  it('counts contacts per stage off the index', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([aContact({ stage: 'requested' }), aContact({ stage: 'requested' }), aContact({ stage: 'thanked' })]);
    const counts = await countByStage(db);
    expect(counts.requested).toBe(2);
    expect(counts.thanked).toBe(1);
    expect(counts.identified).toBe(0);
  });

  it('loads the first cards of each board column and the true sizes', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      ...Array.from({ length: 7 }, (_, i) => aContact({ stage: 'requested', updatedAt: i })),
      aContact({ stage: 'thanked' }),
    ]);
    const board = await loadBoard(db, {}, 3);
    expect(board.totals.requested).toBe(7);
    expect(board.cards.filter((c) => c.stage === 'requested')).toHaveLength(3);
    expect(board.cards.filter((c) => c.stage === 'thanked')).toHaveLength(1);
    expect((await loadBoard(db, { requested: Infinity }, 3)).cards).toHaveLength(8);
  });

  it('finds picker options by name or company, without the contact itself', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      aContact({ id: 'p', fullName: 'Priya Raman', currentCompany: 'Acme' }),
      aContact({ id: 'z', fullName: 'Zoë Ørsted', currentTitle: 'Analyst', currentCompany: 'Globex' }),
    ]);
    expect((await findContactOptions(db, 'zoe')).map((o) => o.fullName)).toEqual(['Zoë Ørsted']);
    expect(await findContactOptions(db, 'globex')).toEqual([{ id: 'z', fullName: 'Zoë Ørsted', detail: 'Analyst at Globex' }]);
    expect(await findContactOptions(db, 'priya', 'p')).toEqual([]);
    expect(await findContactOptions(db, '  ')).toEqual([]);
  });

  it('loads the people in referrals and who someone referred', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      aContact({ id: 'a' }),
      aContact({ id: 'b', referredById: 'a' }),
      aContact({ id: 'c', referredById: 'b' }),
      aContact({ id: 'd', referredById: 'gone' }),
      aContact({ id: 'e' }),
      aContact({ id: 'f', referredById: '' }),
    ]);
    expect((await loadReferralContacts(db)).map((c) => c.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect((await loadReferees(db, 'a')).map((c) => c.id)).toEqual(['b']);
  });
});

describe('reminders, meetings and board order', () => {
  it('reads open reminders and meetings', async () => {
    const db = freshDb();
    await db.table('reminders').bulkAdd([
      { id: 'r1', contactId: 'a', status: 'pending', dueAt: 1 },
      { id: 'r2', contactId: 'b', status: 'done', dueAt: 1 },
      { id: 'r3', contactId: 'c', status: 'snoozed', dueAt: 1, snoozedUntil: 9 },
    ]);
    await db.table('meetings').add({ id: 'm1', contactId: 'a', start: 5, status: 'scheduled' });
    expect((await loadOpenReminders(db)).map((r) => r.contactId).sort()).toEqual(['a', 'c']);
    expect(await loadMeetings(db)).toHaveLength(1);
    expect(await loadMeetings(db, 6)).toHaveLength(0);
    expect(await loadMeetings(db, 5)).toHaveLength(1);
  });

  it('shows the most recently updated board cards first', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([5, 1, 9, 3].map((t) => aContact({ id: `t${t}`, stage: 'requested', updatedAt: t })));
    expect((await loadBoard(db, {}, 2)).cards.map((c) => c.id)).toEqual(['t9', 't5']);
  });
});
