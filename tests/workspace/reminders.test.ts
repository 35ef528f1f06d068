import { describe, expect, it } from 'vitest';
import { dueContactIds, openDueAt, nextReminderByContact, type ReminderLike } from '@/lib/workspace/reminders';

describe('reminders', () => {
  const now = 10_000;
  const reminders: ReminderLike[] = [
    { contactId: 'a', status: 'pending', dueAt: 9_000 },
    { contactId: 'a', status: 'pending', dueAt: 20_000 },
    { contactId: 'b', status: 'snoozed', dueAt: 5_000, snoozedUntil: 15_000 },
    { contactId: 'c', status: 'done', dueAt: 1_000 },
    { contactId: 'd', status: 'dismissed', dueAt: 1_000 },
    { contactId: 'e', status: 'snoozed', dueAt: 8_000 },
  ];

  it('a snooze moves the due time; closed reminders have none', () => {
    expect(openDueAt(reminders[2]!)).toBe(15_000);
    expect(openDueAt(reminders[3]!)).toBeUndefined();
    expect(openDueAt(reminders[5]!)).toBe(8_000);
  });

  it('due ids are open reminders due by now', () => {
    expect([...dueContactIds(reminders, now)].sort()).toEqual(['a', 'e']);
  });

  it('next reminder is the earliest open one per contact', () => {
    expect(Object.fromEntries(nextReminderByContact(reminders))).toEqual({ a: 9_000, b: 15_000, e: 8_000 });
  });
});
