import { describe, expect, it } from 'vitest';
import { commit } from '@/lib/db/command';
import { addContact } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import { nextStepsOf } from '@/lib/db/next-steps';
import { markSent, scheduleMeeting } from '@/lib/db/pipeline';
import { applyReminderAction, type ReminderActionInput } from '@/lib/db/reminder-actions';
import { rederiveContacts } from '@/lib/db/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { freshDb } from '../helpers/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BOOKED = Date.UTC(2026, 10, 20, 12);
const MEETING = { date: '2026-11-30', time: '10:00', durationMinutes: 20, timeZone: 'UTC', place: 'Café Nero', format: 'coffee' };
const MEETING_END = Date.UTC(2026, 10, 30, 10, 20);
const settings = DEFAULT_REMINDER_SETTINGS;

/** As the background runs it: the action and the re-derivation in one commit(). */
const act = (db: CoffeeChatDB, input: ReminderActionInput, now: number) =>
  commit(db, { settings, now }, async () => ({ result: null, affected: [(await applyReminderAction(db, input, now)).contactId] }));

const open = async (db: CoffeeChatDB, kind: string) =>
  (await db.reminders.toArray()).filter((r) => r.kind === kind && (r.status === 'pending' || r.status === 'snoozed'));

describe('Done on a reminder performs the step, like "Mark as sent"', () => {
  it('thank-you done: the contact is Thanked and the quarterly check-in is scheduled', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await scheduleMeeting(db, ana.id, MEETING, BOOKED);
    const after = MEETING_END + 3 * HOUR;
    await rederiveContacts(db, [ana.id], { settings, now: after });
    const [thanks] = await open(db, 'thank-you');
    await act(db, { reminderId: thanks!.id, action: 'done' }, after);

    expect((await db.contacts.get(ana.id))?.stage).toBe('thanked');
    const checkIns = await open(db, 'keep-in-touch');
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]?.dueAt).toBe(after + 90 * DAY);
    expect((await db.outreach.toArray()).map((o) => o.kind)).toEqual(['thank-you']);
    expect((await db.reminders.get(thanks!.id))?.status).toBe('done');
  });

  it('nudge done: one nudge is recorded, so nothing suggests a second one', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await markSent(db, { contactId: ana.id, kind: 'cold-ask', channel: 'email', text: 'Hi' }, BOOKED);
    const later = BOOKED + 8 * DAY;
    await rederiveContacts(db, [ana.id], { settings, now: later });
    const [nudge] = await open(db, 'nudge');
    await act(db, { reminderId: nudge!.id, action: 'done' }, later);

    expect((await db.outreach.toArray()).filter((o) => o.kind === 'no-reply-nudge')).toHaveLength(1);
    expect(await open(db, 'nudge')).toHaveLength(0);
    expect(await open(db, 'mark-no-reply')).toHaveLength(1);
    const contact = (await db.contacts.get(ana.id))!;
    const step = (await nextStepsOf(db, [contact], later + 10 * DAY)).get(ana.id);
    expect(step?.templateKind).not.toBe('no-reply-nudge');
    expect(step?.id).toBe('mark-no-reply');
  });

  it('a retried Done (same request id) records the step once', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await markSent(db, { contactId: ana.id, kind: 'cold-ask', channel: 'email', text: 'Hi' }, BOOKED);
    const later = BOOKED + 8 * DAY;
    await rederiveContacts(db, [ana.id], { settings, now: later });
    const [nudge] = await open(db, 'nudge');
    const request = { id: 'request-0001', type: 'reminderAction' };
    const once = () =>
      commit(db, { settings, now: later, request }, async () => ({
        result: null,
        affected: [(await applyReminderAction(db, { reminderId: nudge!.id, action: 'done' }, later)).contactId],
      }));
    await once();
    await once();
    expect((await db.outreach.toArray()).filter((o) => o.kind === 'no-reply-nudge')).toHaveLength(1);
  });

  it('check-in done: one next check-in, a quarter from now, and the contact is Keeping in touch', async () => {
    const db = freshDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, BOOKED);
    await scheduleMeeting(db, ana.id, MEETING, BOOKED);
    const after = MEETING_END + 3 * HOUR;
    await rederiveContacts(db, [ana.id], { settings, now: after });
    await act(db, { reminderId: (await open(db, 'thank-you'))[0]!.id, action: 'done' }, after);
    const quarter = after + 91 * DAY;
    await act(db, { reminderId: (await open(db, 'keep-in-touch'))[0]!.id, action: 'done' }, quarter);
    const next = await open(db, 'keep-in-touch');
    expect(next.map((r) => r.dueAt)).toEqual([quarter + 90 * DAY]);
    expect((await db.contacts.get(ana.id))?.stage).toBe('keeping-in-touch');
  });
});
