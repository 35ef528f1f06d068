import { badgeText, complete, dismiss, dueReminders, nextOccurrence, snooze } from '@/lib/reminders/due';
import type { Reminder } from '@/lib/reminders/reminder';
import { DAY, at } from './builders';

const NOW = at('2025-06-10T12:00:00Z');
const base: Reminder = {
  id: 'r1',
  contactId: 'c1',
  kind: 'nudge',
  dueAt: NOW - DAY,
  status: 'pending',
  sourceKey: 'nudge:c1:o1',
  createdAt: NOW - 8 * DAY,
};

describe('dueReminders', () => {
  it('pending and due, or snoozed until now; oldest first', () => {
    const list: Reminder[] = [
      { ...base, id: 'future', dueAt: NOW + 1 },
      { ...base, id: 'due-now', dueAt: NOW },
      { ...base, id: 'older', dueAt: NOW - 2 * DAY },
      { ...base, id: 'snooze-over', status: 'snoozed', snoozedUntil: NOW - 1 },
      { ...base, id: 'still-snoozed', status: 'snoozed', snoozedUntil: NOW + 1 },
      { ...base, id: 'done', status: 'done' },
      { ...base, id: 'dismissed', status: 'dismissed' },
    ];
    expect(dueReminders(list, NOW).map((r) => r.id)).toEqual(['older', 'snooze-over', 'due-now']);
  });
});

describe('snooze, complete, dismiss', () => {
  it('snoozing puts it off by whole days and lets it notify again', () => {
    const snoozed = snooze({ ...base, firedAt: NOW - 10 }, 1, NOW, 'UTC');
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + DAY });
    expect(snoozed.firedAt).toBeUndefined();
    expect(dueReminders([snoozed], NOW + DAY - 1)).toEqual([]);
    expect(dueReminders([snoozed], NOW + DAY)).toEqual([snoozed]);
  });

  it('a 1-day snooze keeps the clock time across a DST change in the user’s zone', () => {
    // Saturday 8 March 2025 20:00 EST → Sunday 9 March 20:00 EDT: 23 hours later.
    const sat = at('2025-03-09T01:00:00Z');
    expect(snooze(base, 1, sat, 'America/New_York').snoozedUntil).toBe(at('2025-03-10T00:00:00Z'));
  });

  it('complete and dismiss record when', () => {
    expect(complete(base, NOW)).toMatchObject({ status: 'done', closedAt: NOW });
    expect(dismiss(base, NOW)).toMatchObject({ status: 'dismissed', closedAt: NOW });
  });
});

describe('nextOccurrence', () => {
  const checkIn: Reminder = {
    ...base,
    kind: 'keep-in-touch',
    recurrence: { everyDays: 90 },
    sourceKey: 'keep-in-touch:c1:1',
  };

  it('counts the next check-in from when this one was done', () => {
    expect(nextOccurrence(complete(checkIn, NOW), 'r2')).toEqual({
      id: 'r2',
      contactId: 'c1',
      kind: 'keep-in-touch',
      dueAt: NOW + 90 * DAY,
      status: 'pending',
      recurrence: { everyDays: 90 },
      sourceKey: `keep-in-touch:c1:${NOW}`,
      createdAt: NOW,
    });
  });

  it('none for one-off reminders, or ones not done', () => {
    expect(nextOccurrence(complete(base, NOW), 'r2')).toBeNull();
    expect(nextOccurrence(dismiss(checkIn, NOW), 'r2')).toBeNull();
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [2500, '99+'],
  ])('%i → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
