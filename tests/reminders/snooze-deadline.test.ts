import { describe, expect, it } from 'vitest';
import { commit } from '@/lib/db/command';
import { addContact } from '@/lib/db/contacts';
import { scheduleMeeting } from '@/lib/db/pipeline';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { rederiveContacts } from '@/lib/db/reminders';
import { snoozeWithin } from '@/lib/reminders/due';
import type { Reminder } from '@/lib/reminders/reminder';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { freshDb } from '../helpers/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const END = Date.UTC(2026, 10, 30, 10, 20);

const thankYou = (over: Partial<Reminder> = {}): Reminder => ({
  id: 'r1',
  contactId: 'c1',
  kind: 'thank-you',
  dueAt: END + 2 * HOUR,
  deadlineAt: END + 24 * HOUR,
  status: 'pending',
  sourceKey: 'thank-you:m1',
  meetingId: 'm1',
  createdAt: END - DAY,
  ...over,
});

describe('snoozing a thank-you keeps it inside the 24-hour window, and says so', () => {
  it('a week becomes an hour before the deadline, with a sentence saying why', () => {
    const now = END + 2 * HOUR;
    const { reminder, notice } = snoozeWithin(thankYou(), 7, now, 'UTC');
    expect(reminder.snoozedUntil).toBe(END + 23 * HOUR);
    expect(reminder.snoozedUntil!).toBeLessThanOrEqual(thankYou().deadlineAt!);
    expect(notice).toMatch(/24 hours/);
    expect(notice).toMatch(/1 week would have missed it|missed/);
  });

  it('a snooze that fits inside the window is left as asked, with nothing to say', () => {
    const { reminder, notice } = snoozeWithin(thankYou({ deadlineAt: END + 10 * DAY }), 1, END, 'UTC');
    expect(reminder.snoozedUntil).toBe(END + DAY);
    expect(notice).toBeNull();
  });

  it('when the window has already closed it snoozes as asked and says the thank-you is late', () => {
    const now = END + 30 * HOUR;
    const { reminder, notice } = snoozeWithin(thankYou(), 1, now, 'UTC');
    expect(reminder.snoozedUntil).toBe(now + DAY);
    expect(notice).toMatch(/passed/);
  });

  it('through the database: the stored snooze never passes the deadline and the action returns the sentence', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, END - 10 * DAY);
    await scheduleMeeting(db, ana.id, { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'x', format: 'call' }, END - 10 * DAY);
    const now = END + 2 * HOUR;
    const settings = DEFAULT_REMINDER_SETTINGS;
    await rederiveContacts(db, [ana.id], { settings, now });
    const thanks = (await db.reminders.toArray()).find((r) => r.kind === 'thank-you')!;
    const outcome = await commit(db, { settings, now }, async () => {
      const done = await applyReminderAction(db, { reminderId: thanks.id, action: 'snooze', days: 7 }, now);
      return { result: done, affected: [done.contactId] };
    });
    const stored = (await db.reminders.get(thanks.id))!;
    expect(stored.status).toBe('snoozed');
    expect(stored.snoozedUntil!).toBeLessThanOrEqual(stored.deadlineAt!);
    expect(outcome.notice).toMatch(/24 hours/);
  });
});
