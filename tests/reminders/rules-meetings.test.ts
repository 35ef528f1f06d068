import { confirmDueAt } from '@/lib/reminders/confirm-time';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { DAY, HOUR, at, byKind, contact, derive, event, meeting, open, sent, applied, settle } from './builders';

const scheduled = contact({ stage: 'scheduled' });

describe('confirm before a meeting', () => {
  it('2 days before at 9:00 on the meeting’s wall clock, correct across the US DST change', async () => {
    // Clocks went forward on Sunday 9 March 2025 in New York; the meeting is on the Monday.
    const m = meeting({
      start: at('2025-03-10T14:00:00Z'), // 10:00 EDT
      timeZone: 'America/New_York',
      createdAt: at('2025-03-01T12:00:00Z'),
    });
    const [confirm] = byKind(await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt }), 'confirm-meeting');
    // Saturday 8 March 9:00 EST (UTC-5), not 9:00 at the meeting's EDT offset (13:00Z).
    expect(confirm).toMatchObject({ dueAt: at('2025-03-08T14:00:00Z'), sourceKey: 'confirm:m1', meetingId: 'm1' });
  });

  it('correct across the European DST change (Stockholm, meeting the day after)', async () => {
    // Clocks went forward on Sunday 30 March 2025 in Stockholm.
    const m = meeting({
      start: at('2025-03-31T08:00:00Z'), // 10:00 CEST
      timeZone: 'Europe/Stockholm',
      createdAt: at('2025-03-20T12:00:00Z'),
    });
    expect(confirmDueAt(m, 2)).toBe(at('2025-03-29T08:00:00Z')); // Sat 9:00 CET
    expect(confirmDueAt(m, 1)).toBe(at('2025-03-30T07:00:00Z')); // Sun 9:00 CEST
  });

  it('the day before when booked late, none when booked less than a day ahead', async () => {
    const start = at('2025-06-12T15:00:00Z'); // Thursday 15:00 UTC
    // Booked Tuesday 18:00: Tuesday 9:00 had passed, Wednesday 9:00 has not.
    expect(confirmDueAt(meeting({ start, createdAt: at('2025-06-10T18:00:00Z') }), 2)).toBe(at('2025-06-11T09:00:00Z'));
    // Booked Wednesday 10:00 (29 h ahead): Wednesday 9:00 had passed too.
    expect(confirmDueAt(meeting({ start, createdAt: at('2025-06-11T10:00:00Z') }), 2)).toBeNull();
    // Booked 20 h ahead.
    expect(confirmDueAt(meeting({ start, createdAt: start - 20 * HOUR }), 2)).toBeNull();
    // Booked well ahead.
    expect(confirmDueAt(meeting({ start, createdAt: at('2025-06-01T00:00:00Z') }), 2)).toBe(at('2025-06-10T09:00:00Z'));
  });

  it('booked late: the rules make no confirm reminder but still a thank-you', async () => {
    const m = meeting({ start: at('2025-06-12T15:00:00Z'), createdAt: at('2025-06-12T08:00:00Z') });
    const reminders = await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt });
    expect(reminders.map((r) => r.kind)).toEqual(['thank-you']);
  });

  it('sending the confirmation completes it', async () => {
    const m = meeting();
    const existing = await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt });
    const confirmation = event('outreach-sent', at('2025-06-08T09:30:00Z'), { templateKind: 'meeting-confirmation', meetingId: 'm1' });
    const result = derive({ contact: scheduled, events: [confirmation], meetings: [m], existing, now: confirmation.at });
    const confirmId = byKind(existing, 'confirm-meeting')[0]?.id;
    expect(result.retire).toEqual([{ id: confirmId, status: 'done', closedAt: confirmation.at }]);
  });

  it('no confirm reminder once the meeting has started', async () => {
    const m = meeting();
    const reminders = await settle({ contact: scheduled, events: [], meetings: [m], now: m.start + HOUR });
    expect(reminders.map((r) => r.kind)).toEqual(['thank-you']);
  });
});

describe('thank-you after a meeting', () => {
  it('due 2 hours after the end, deadline 24 hours after the end', async () => {
    const m = meeting({ durationMinutes: 30 });
    const end = m.start + 30 * 60_000;
    const [thanks] = byKind(await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt }), 'thank-you');
    expect(thanks).toMatchObject({
      dueAt: end + 2 * HOUR,
      deadlineAt: end + 24 * HOUR,
      sourceKey: 'thank-you:m1',
      meetingId: 'm1',
      status: 'pending',
    });
  });

  it.each([
    ['a logged thank-you', event('thank-you-sent', at('2025-06-10T18:00:00Z'), { meetingId: 'm1' })],
    ['a thank-you sent from its template', sent('thank-you', at('2025-06-10T18:00:00Z'))],
    ['moving the contact to Thanked by hand', event('stage-changed', at('2025-06-10T18:00:00Z'), undefined, { toStage: 'thanked' })],
  ])('%s completes it', async (_name, thanks) => {
    const m = meeting();
    const existing = await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt });
    const result = derive({ contact: contact({ stage: 'thanked' }), events: [thanks], meetings: [m], existing, now: thanks.at });
    const thanksId = byKind(existing, 'thank-you')[0]?.id;
    expect(result.retire).toContainEqual({ id: thanksId, status: 'done', closedAt: thanks.at });
  });

  it('a thank-you sent for an earlier meeting does not complete the next one', async () => {
    const m1 = meeting({ start: at('2025-03-01T14:00:00Z'), createdAt: at('2025-02-20T00:00:00Z') });
    const m2 = meeting({ id: 'm2' });
    const events = [event('thank-you-sent', at('2025-03-01T16:00:00Z'), { meetingId: 'm1' })];
    const reminders = await settle({ contact: scheduled, events, meetings: [m1, m2], now: m2.createdAt });
    expect(byKind(reminders, 'thank-you').map((r) => r.sourceKey)).toEqual(['thank-you:m2']);
  });
});

describe('cancelling and rescheduling', () => {
  it('cancelling retires its confirm and thank-you', async () => {
    const m = meeting();
    const existing = await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt });
    expect(existing).toHaveLength(2);
    const now = m.createdAt + DAY;
    const result = derive({ contact: scheduled, events: [], meetings: [{ ...m, status: 'cancelled' }], existing, now });
    expect(result.create).toEqual([]);
    expect(result.retire).toEqual(existing.map((r) => ({ id: r.id, status: 'dismissed', closedAt: now })));
  });

  it('a new time moves both reminders and lets them notify again', async () => {
    const m = meeting();
    const existing = (await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt })).map((r) => ({
      ...r,
      firedAt: m.createdAt + HOUR,
    }));
    const moved = { ...m, start: m.start + 7 * DAY };
    const result = derive({ contact: scheduled, events: [], meetings: [moved], existing, now: m.createdAt + DAY });
    expect(result.create).toEqual([]);
    expect(result.update).toHaveLength(2);
    for (const r of result.update) expect(r.firedAt).toBeUndefined();
    expect(result.update.find((r) => r.kind === 'confirm-meeting')?.dueAt).toBe(at('2025-06-15T09:00:00Z'));
    const after = await applied(existing, result);
    expect(derive({ contact: scheduled, events: [], meetings: [moved], existing: after, now: m.createdAt + DAY })).toEqual({
      create: [],
      update: [],
      retire: [],
    });
  });

  it('a confirmation of the old time, even one naming the meeting, does not confirm the new time', async () => {
    const m = meeting();
    const confirmation = event('outreach-sent', at('2025-06-08T09:30:00Z'), { templateKind: 'meeting-confirmation', meetingId: 'm1' });
    const confirmed = await settle({ contact: scheduled, events: [confirmation], meetings: [m], now: confirmation.at });
    expect(byKind(open(confirmed), 'confirm-meeting')).toEqual([]);
    const movedAt = at('2025-06-09T12:00:00Z');
    const moved = { ...m, start: m.start + 7 * DAY, movedAt };
    const after = await settle({ contact: scheduled, events: [confirmation], meetings: [moved], existing: confirmed, now: movedAt });
    expect(byKind(open(after), 'confirm-meeting')).toEqual([
      expect.objectContaining({ sourceKey: `confirm:m1:${movedAt}`, dueAt: at('2025-06-15T09:00:00Z'), meetingId: 'm1' }),
    ]);
  });

  it('declining or archiving retires everything still open', async () => {
    const m = meeting();
    const existing = await settle({ contact: scheduled, events: [], meetings: [m], now: m.createdAt });
    for (const stage of ['declined', 'archived', 'no-reply'] as const) {
      const result = derive({ contact: contact({ stage }), events: [], meetings: [m], existing, now: m.createdAt + DAY });
      expect(result.retire.map((r) => r.status)).toEqual(['dismissed', 'dismissed']);
      expect(result.create).toEqual([]);
    }
  });

  it('uses the confirm setting', async () => {
    const m = meeting();
    const settings = { ...DEFAULT_REMINDER_SETTINGS, confirmDaysBefore: 3 };
    const [confirm] = byKind(await settle({ contact: scheduled, events: [], meetings: [m], settings, now: m.createdAt }), 'confirm-meeting');
    expect(confirm?.dueAt).toBe(at('2025-06-07T09:00:00Z'));
  });
});
