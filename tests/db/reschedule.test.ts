import { describe, expect, it } from 'vitest';
import { commit } from '@/lib/db/command';
import { addContact } from '@/lib/db/contacts';
import { rescheduleMeeting, scheduleMeeting } from '@/lib/db/pipeline';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { freshDb } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const FIRST = { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: '', format: 'call' };
const settings = DEFAULT_REMINDER_SETTINGS;

describe('a meeting can be rescheduled or edited, and its reminders follow', () => {
  it('moves the thank-you and confirmation to the new time in the same commit, keeping one meeting', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    const meeting = await commit(db, { settings, now: NOW }, async () => ({ result: await scheduleMeeting(db, ana.id, FIRST, NOW), affected: [ana.id] }));
    await commit(db, { settings, now: NOW + 1000 }, async () => {
      await rescheduleMeeting(db, meeting.id, { ...FIRST, date: '2026-12-03', time: '15:00', place: 'https://meet.example/abc' }, NOW + 1000);
      return { result: null, affected: [ana.id] };
    });
    const meetings = await db.meetings.toArray();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ id: meeting.id, start: Date.UTC(2026, 11, 3, 15), link: 'https://meet.example/abc', createdAt: meeting.createdAt });
    const open = (await db.reminders.toArray()).filter((r) => r.status === 'pending');
    const thanks = open.find((r) => r.kind === 'thank-you')!;
    expect(thanks.dueAt).toBe(Date.UTC(2026, 11, 3, 15, 20) + 2 * 3_600_000);
    expect(open.filter((r) => r.kind === 'thank-you')).toHaveLength(1);
    expect(open.find((r) => r.kind === 'confirm-meeting')?.dueAt).toBe(Date.UTC(2026, 11, 1, 9));
  });

  it('refuses a change that does not parse, and leaves the meeting as it was', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    const meeting = await scheduleMeeting(db, ana.id, FIRST, NOW);
    await expect(rescheduleMeeting(db, meeting.id, { ...FIRST, time: '25:00' }, NOW)).rejects.toThrow(/HH:mm/);
    expect(await db.meetings.get(meeting.id)).toEqual(meeting);
  });
});
