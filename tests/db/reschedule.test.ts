import { describe, expect, it } from 'vitest';
import { commit } from '@/lib/db/command';
import { addContact } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import { markSent, rescheduleMeeting, scheduleMeeting } from '@/lib/db/pipeline';
import { formatDateTime } from '@/lib/format/dates';
import { Meeting } from '@/lib/meetings/meeting';
import { nextStep } from '@/lib/method/next-step';
import { describeEvent } from '@/lib/timeline/describe';
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

describe('moving a meeting to a new time', () => {
  const LATER = { ...FIRST, date: '2026-12-03', time: '15:00' };
  const MOVED_AT = NOW + 2 * 86_400_000;

  async function booked() {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, NOW);
    const meeting = await commit(db, { settings, now: NOW }, async () => ({ result: await scheduleMeeting(db, ana.id, FIRST, NOW), affected: [ana.id] }));
    return { db, ana, meeting };
  }
  const move = (db: CoffeeChatDB, id: string, contactId: string, input: object, now: number) =>
    commit(db, { settings, now }, async () => ({ result: await rescheduleMeeting(db, id, input, now), affected: [contactId] }));
  const confirm = (db: CoffeeChatDB, contactId: string, now: number) =>
    commit(db, { settings, now }, async () => ({
      result: await markSent(db, { contactId, kind: 'meeting-confirmation', channel: 'email', text: 'See you Monday' }, now),
      affected: [contactId],
    }));
  async function stepOf(db: CoffeeChatDB, contactId: string, now: number) {
    const contact = (await db.contacts.get(contactId))!;
    const of = <T extends { contactId: string }>(rows: T[]) => rows.filter((r) => r.contactId === contactId);
    return nextStep({
      contact,
      meetings: of(await db.meetings.toArray()),
      interviews: of(await db.interviews.toArray()),
      outreach: of(await db.outreach.toArray()),
      reminders: of(await db.reminders.toArray()),
      now,
    });
  }

  it('says on the timeline where it moved to, in the one date format', async () => {
    const { db, ana, meeting } = await booked();
    await move(db, meeting.id, ana.id, LATER, MOVED_AT);
    const moved = (await db.events.where('contactId').equals(ana.id).toArray()).filter((e) => e.type === 'meeting-moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ at: MOVED_AT, data: { meetingId: meeting.id } });
    const start = Date.UTC(2026, 11, 3, 15);
    expect(describeEvent(moved[0]!).what).toBe(`Meeting moved to ${formatDateTime(start, { timeZone: 'UTC' })}`);
  });

  it('writes no "moved" entry when only the place changed, and nothing when the change is refused', async () => {
    const { db, ana, meeting } = await booked();
    await move(db, meeting.id, ana.id, { ...FIRST, place: 'Café Lumen' }, MOVED_AT);
    await expect(move(db, meeting.id, ana.id, { ...LATER, time: '25:00' }, MOVED_AT)).rejects.toThrow(/HH:mm/);
    const types = (await db.events.toArray()).map((e) => e.type);
    expect(types).not.toContain('meeting-moved');
    expect((await db.meetings.get(meeting.id))?.movedAt).toBeUndefined();
  });

  it('a confirmation sent for the old time no longer counts: the next step and the reminder ask to confirm the new time', async () => {
    const { db, ana, meeting } = await booked();
    await confirm(db, ana.id, NOW + 86_400_000);
    expect((await stepOf(db, ana.id, NOW + 86_400_000)).id).toBe('meet');
    await move(db, meeting.id, ana.id, LATER, MOVED_AT);
    expect(await stepOf(db, ana.id, MOVED_AT)).toMatchObject({ id: 'confirm', meetingId: meeting.id });
    const open = (await db.reminders.toArray()).filter((r) => r.kind === 'confirm-meeting' && r.status === 'pending');
    expect(open).toHaveLength(1);
    expect(open[0]?.dueAt).toBe(Date.UTC(2026, 11, 1, 9));
    // Confirming the new time settles it.
    await confirm(db, ana.id, MOVED_AT + 1000);
    expect((await stepOf(db, ana.id, MOVED_AT + 1000)).id).toBe('meet');
    expect((await db.reminders.toArray()).filter((r) => r.kind === 'confirm-meeting' && r.status === 'pending')).toEqual([]);
  });

  it('an unconfirmed confirm reminder moves with the meeting instead of being replaced', async () => {
    const { db, ana, meeting } = await booked();
    const before = (await db.reminders.toArray()).find((r) => r.kind === 'confirm-meeting')!;
    await move(db, meeting.id, ana.id, LATER, MOVED_AT);
    const confirms = (await db.reminders.toArray()).filter((r) => r.kind === 'confirm-meeting');
    expect(confirms).toEqual([expect.objectContaining({ id: before.id, status: 'pending', dueAt: Date.UTC(2026, 11, 1, 9) })]);
  });

  it('old stored meetings (and old backups) without the new field still parse', () => {
    const old = { id: 'm1', contactId: 'c1', start: NOW + 86_400_000 * 5, durationMinutes: 20, timeZone: 'UTC', format: 'call', status: 'scheduled', createdAt: NOW };
    expect(Meeting.safeParse(old).success).toBe(true);
  });
});
