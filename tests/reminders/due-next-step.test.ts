import { describe, expect, it } from 'vitest';
import { addContact } from '@/lib/db/contacts';
import { dueItemsOf } from '@/lib/db/next-steps';
import { markSent, scheduleMeeting } from '@/lib/db/pipeline';
import { openReminders, rederiveContacts } from '@/lib/db/reminders';
import { notificationPlan } from '@/lib/reminders/notification-plan';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import type { CoffeeChatDB } from '@/lib/db/database';
import { freshDb } from '../helpers/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BOOKED = Date.UTC(2026, 10, 20, 12);
// Monday 30 Nov 2026, 10:00 UTC, 20 minutes.
const MEETING = { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: '', format: 'call' };
const MEETING_END = Date.UTC(2026, 10, 30, 10, 20);

/** What the Due list and the notification show at `now`, from the real database. */
async function dueAt(db: CoffeeChatDB, now: number) {
  // What the worker and the popup run: only the due people (and referrers) are read.
  const items = await dueItemsOf(db, await openReminders(db), now);
  return { items, plan: notificationPlan(items) };
}

describe('the Due list and notifications agree with the next step', () => {
  it('a confirmation still due for a meeting that has ended shows as "Log the interview", never "Confirm"', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await scheduleMeeting(db, ana.id, MEETING, BOOKED);
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: BOOKED });
    expect((await db.reminders.toArray()).map((r) => r.kind)).toContain('confirm-meeting');

    // The worker slept through the meeting: nothing re-derived, the confirmation is still open.
    const { items, plan } = await dueAt(db, MEETING_END + HOUR);
    expect(items.map((i) => i.action)).not.toContain('Confirm your meeting with Ana');
    expect(items[0]).toMatchObject({ action: 'Log the interview (Ana)', isNextStep: false });
    expect(items[0]?.templateKind).toBeUndefined();
    expect(plan).toMatchObject({ title: 'Log the interview', message: 'Log the interview (Ana)' });
    expect(plan?.buttons[0]).toEqual({ title: 'Open contact', action: 'open' });
  });

  it('once the meeting is logged, the due thank-you drafts the thank-you', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    const meeting = await scheduleMeeting(db, ana.id, MEETING, BOOKED);
    await db.interviews.add({
      id: 'i1', contactId: ana.id, meetingId: meeting.id, createdAt: MEETING_END, updatedAt: MEETING_END, loggedAt: MEETING_END,
      prep: { questionIds: [], customQuestions: [], researchQuestions: [] },
      log: { answers: {}, notes: '', takeaways: ['Start small'], nextSteps: [], referrals: [], reflection: { feelings: '', pictureMyself: '', changedView: '', stillToLearn: '' } },
    });
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: MEETING_END + 3 * HOUR });
    const { items, plan } = await dueAt(db, MEETING_END + 3 * HOUR);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: 'Send a thank-you to Ana', templateKind: 'thank-you', isNextStep: true });
    expect(plan?.buttons[0]).toEqual({ title: 'Draft it', action: 'draft' });
  });

  it('after the nudge was sent, a nudge reminder not yet re-derived is not shown again', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await markSent(db, { contactId: ana.id, kind: 'cold-ask', channel: 'email', text: 'Hi' }, BOOKED);
    await rederiveContacts(db, [ana.id], { settings: DEFAULT_REMINDER_SETTINGS, now: BOOKED });
    await markSent(db, { contactId: ana.id, kind: 'no-reply-nudge', channel: 'email', text: 'Hi again' }, BOOKED + 8 * DAY);
    const { items } = await dueAt(db, BOOKED + 8 * DAY + HOUR);
    expect(items).toEqual([]);
  });

  it('names the referrer of a due person although the referrer has nothing due, and leaves out what is not due yet', async () => {
    const db = freshDb();
    const sam = await addContact(db, { fullName: 'Sam Reed' }, BOOKED);
    const ana = await addContact(db, { fullName: 'Ana Lima', referredById: sam.id }, BOOKED);
    const bo = await addContact(db, { fullName: 'Bo Chen' }, BOOKED);
    await scheduleMeeting(db, ana.id, MEETING, BOOKED);
    await scheduleMeeting(db, bo.id, { ...MEETING, date: '2026-12-30' }, BOOKED);
    await rederiveContacts(db, [ana.id, bo.id, sam.id], { settings: DEFAULT_REMINDER_SETTINGS, now: BOOKED });

    const { items } = await dueAt(db, Date.UTC(2026, 10, 29, 12));
    expect(items.map((i) => i.reminder.contactId)).toEqual([ana.id]);
    expect(items[0]).toMatchObject({ contactName: 'Ana', referrerName: 'Sam Reed' });
  });
});
