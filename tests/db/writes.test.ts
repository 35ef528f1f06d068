import { describe, expect, it } from 'vitest';
import { addContact, deleteContact, restoreContact } from '@/lib/db/contacts';
import { scheduleMeeting } from '@/lib/db/pipeline';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { rederiveContacts } from '@/lib/db/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { freshDb } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 23, 12);
const NEXT_WEEK = { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' };

describe('delete and undo', () => {
  it('undo puts back the "referred by" links of the people this contact referred', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    const ben = await addContact(db, { fullName: 'Ben Okafor', referredById: ana.id }, NOW);
    const snapshot = await deleteContact(db, ana.id);
    expect((await db.contacts.get(ben.id))?.referredById).toBeUndefined();
    await restoreContact(db, snapshot!);
    expect((await db.contacts.get(ben.id))?.referredById).toBe(ana.id);
  });
});

describe('reminder actions', () => {
  it('snoozing a follow-up that is already done is refused and leaves it done', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    await scheduleMeeting(db, ana.id, NEXT_WEEK, NOW);
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW });
    const [first] = await db.reminders.toArray();
    await applyReminderAction(db, { reminderId: first!.id, action: 'done' }, NOW);
    await expect(applyReminderAction(db, { reminderId: first!.id, action: 'snooze', days: 1 }, NOW)).rejects.toThrow(
      /already done/,
    );
    expect((await db.reminders.get(first!.id))?.status).toBe('done');
  });
});

describe('two tabs at once', () => {
  it("deriving the same contact's reminders concurrently never duplicates them", async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    await scheduleMeeting(db, ana.id, NEXT_WEEK, NOW);
    await Promise.all([
      rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW }),
      rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW }),
      rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: NOW + 1 }),
    ]);
    const reminders = await db.reminders.toArray();
    expect(reminders.length).toBeGreaterThan(0);
    expect(new Set(reminders.map((r) => r.sourceKey)).size).toBe(reminders.length);
  });
});
