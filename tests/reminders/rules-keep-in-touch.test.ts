import { complete, dismiss, nextOccurrence } from '@/lib/reminders/due';
import type { Reminder } from '@/lib/reminders/reminder';
import { DAY, at, contact, derive, event, open, sent, applied, settle, stageChanged } from './builders';

const THANKED_AT = at('2025-06-10T18:00:00Z');
const thanks = event('thank-you-sent', THANKED_AT);
const thanked = contact({ stage: 'thanked' });
const keeping = contact({ stage: 'keeping-in-touch' });

const onlyOpen = (rs: Reminder[]) => {
  const list = open(rs);
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('keep in touch', () => {
  it('every 90 days after the thank-you, as a recurring reminder', async () => {
    const reminders = await settle({ contact: thanked, events: [thanks], meetings: [], now: THANKED_AT });
    expect(reminders).toEqual([
      {
        id: 'r1',
        contactId: 'c1',
        kind: 'keep-in-touch',
        dueAt: at('2025-09-08T18:00:00Z'),
        status: 'pending',
        recurrence: { everyDays: 90 },
        sourceKey: `keep-in-touch:c1:${THANKED_AT}`,
        createdAt: THANKED_AT,
      },
    ]);
  });

  it.each([
    ['a check-in', event('check-in-logged', at('2025-07-01T10:00:00Z'))],
    ['a reply', event('reply-logged', at('2025-07-01T10:00:00Z'))],
    ['a message sent', sent('check-in', at('2025-07-01T10:00:00Z'))],
    ['another interview', event('interview-logged', at('2025-07-01T10:00:00Z'))],
  ])('%s restarts the clock: the pending one is done, the next counts from it', async (_name, contactMade) => {
    const existing = await settle({ contact: thanked, events: [thanks], meetings: [], now: THANKED_AT });
    const now = contactMade.at + DAY;
    const result = derive({ contact: keeping, events: [thanks, contactMade], meetings: [], existing, now }, () => 'r2');
    expect(result.retire).toEqual([{ id: 'r1', status: 'done', closedAt: contactMade.at }]);
    expect(result.create).toMatchObject([{ id: 'r2', dueAt: contactMade.at + 90 * DAY, recurrence: { everyDays: 90 } }]);
    // And deriving again after applying changes nothing.
    await settle({ contact: keeping, events: [thanks, contactMade], meetings: [], existing: await applied(existing, result), now });
  });

  it('completing it starts the next cycle from when it was done — the same reminder whichever side makes it', async () => {
    const first = await settle({ contact: thanked, events: [thanks], meetings: [], now: THANKED_AT });
    const doneAt = at('2025-09-09T08:00:00Z');
    const done = complete(first[0]!, doneAt);

    // The background makes the next occurrence at once...
    const next = nextOccurrence(done, 'r2');
    expect(next).toMatchObject({ dueAt: doneAt + 90 * DAY, status: 'pending', sourceKey: `keep-in-touch:c1:${doneAt}` });
    const withNext = [done, next!];
    expect(derive({ contact: keeping, events: [thanks], meetings: [], existing: withNext, now: doneAt })).toEqual({
      create: [],
      update: [],
      retire: [],
    });

    // ...and if it did not, deriving makes exactly that one.
    const derived = await settle({ contact: keeping, events: [thanks], meetings: [], existing: [done], now: doneAt }, () => 'r2');
    expect(onlyOpen(derived)).toEqual(next);
  });

  it('dismissing it stops the cycle, until the user is in touch again', async () => {
    const first = await settle({ contact: thanked, events: [thanks], meetings: [], now: THANKED_AT });
    const stoppedAt = at('2025-07-01T00:00:00Z');
    const stopped = [dismiss(first[0]!, stoppedAt)];
    expect(open(await settle({ contact: keeping, events: [thanks], meetings: [], existing: stopped, now: stoppedAt + 200 * DAY }))).toEqual([]);

    const checkIn = event('check-in-logged', at('2025-12-01T00:00:00Z'));
    const restarted = await settle({ contact: keeping, events: [thanks, checkIn], meetings: [], existing: stopped, now: checkIn.at });
    expect(onlyOpen(restarted).dueAt).toBe(checkIn.at + 90 * DAY);
  });

  it('archiving or declining stops it', async () => {
    const first = await settle({ contact: thanked, events: [thanks], meetings: [], now: THANKED_AT });
    for (const stage of ['archived', 'declined'] as const) {
      const now = THANKED_AT + 10 * DAY;
      const result = derive({ contact: contact({ stage }), events: [thanks, stageChanged(stage, now)], meetings: [], existing: first, now });
      expect(result).toEqual({ create: [], update: [], retire: [{ id: 'r1', status: 'dismissed', closedAt: now }] });
    }
  });

  it('an imported contact already in Keeping in touch, with no history, counts from when it was added', async () => {
    const imported = contact({ stage: 'keeping-in-touch', createdAt: at('2024-01-01T00:00:00Z') });
    const reminders = await settle({ contact: imported, events: [], meetings: [], now: at('2025-06-01T00:00:00Z') });
    // Long past due: it comes due once, now (see the past-due tests).
    expect(onlyOpen(reminders).dueAt).toBe(at('2024-03-31T00:00:00Z'));
  });

  it('not before any thank-you', async () => {
    expect(await settle({ contact: contact({ stage: 'interviewed' }), events: [event('interview-logged', THANKED_AT)], meetings: [], now: THANKED_AT })).toEqual([]);
  });
});
