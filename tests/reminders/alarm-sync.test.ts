import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alarmName, MAX_REMINDER_ALARMS, reminderIdFromAlarm, syncAlarms } from '@/lib/reminders/alarm-sync';
import type { Reminder } from '@/lib/reminders/reminder';
import { DAY, at } from './builders';

const NOW = at('2025-06-10T12:00:00Z');
const reminder = (id: string, over: Partial<Reminder> = {}): Reminder => ({
  id,
  contactId: 'c1',
  kind: 'thank-you',
  dueAt: NOW + DAY,
  status: 'pending',
  sourceKey: `thank-you:${id}`,
  createdAt: NOW - DAY,
  ...over,
});

const alarms = async () =>
  Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));

describe('syncAlarms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('one alarm per open reminder, at its due time or the end of its snooze', async () => {
    const list = [
      reminder('a'),
      reminder('b', { status: 'snoozed', dueAt: NOW - DAY, snoozedUntil: NOW + 2 * DAY }),
      reminder('done', { status: 'done' }),
      reminder('gone', { status: 'dismissed' }),
      reminder('fired', { dueAt: NOW - DAY, firedAt: NOW - DAY }),
    ];
    const report = await syncAlarms(fakeBrowser.alarms, list, NOW);
    expect(report.created).toEqual(['reminder:a', 'reminder:b']);
    expect(await alarms()).toEqual({ 'reminder:a': NOW + DAY, 'reminder:b': NOW + 2 * DAY });
  });

  it("stays under Chrome's alarm limit with thousands of reminders, keeping the soonest", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => reminder(`r${i}`, { dueAt: NOW + (2000 - i) * 60_000 }));
    await syncAlarms(fakeBrowser.alarms, many, NOW);
    const names = Object.keys(await alarms());
    expect(names).toHaveLength(MAX_REMINDER_ALARMS);
    expect(names).toContain('reminder:r1999'); // due soonest
    expect(names).not.toContain('reminder:r0'); // due last
  });

  it('past due fires soon, once: a second sync does not push it back', async () => {
    await syncAlarms(fakeBrowser.alarms, [reminder('late', { dueAt: NOW - 30 * DAY })], NOW);
    expect(await alarms()).toEqual({ 'reminder:late': NOW + 1_000 });
    const again = await syncAlarms(fakeBrowser.alarms, [reminder('late', { dueAt: NOW - 30 * DAY })], NOW + 10_000);
    expect(again).toEqual({ created: [], cleared: [], kept: ['reminder:late'] });
    expect(await alarms()).toEqual({ 'reminder:late': NOW + 1_000 });
  });

  it('leaves correct alarms alone and makes no duplicates on a second run', async () => {
    const list = [reminder('a'), reminder('b', { dueAt: NOW + 3 * DAY })];
    await syncAlarms(fakeBrowser.alarms, list, NOW);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const report = await syncAlarms(fakeBrowser.alarms, list, NOW + 60_000);
    expect(report).toEqual({ created: [], cleared: [], kept: ['reminder:a', 'reminder:b'] });
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });

  it('moves an alarm whose reminder moved', async () => {
    await syncAlarms(fakeBrowser.alarms, [reminder('a')], NOW);
    await syncAlarms(fakeBrowser.alarms, [reminder('a', { dueAt: NOW + 5 * DAY })], NOW);
    expect(await alarms()).toEqual({ 'reminder:a': NOW + 5 * DAY });
  });

  it('clears alarms whose reminder is done or gone, and never touches other alarms', async () => {
    await fakeBrowser.alarms.create('backup:weekly', { when: NOW + 7 * DAY });
    await syncAlarms(fakeBrowser.alarms, [reminder('a'), reminder('b')], NOW);
    const report = await syncAlarms(fakeBrowser.alarms, [reminder('a', { status: 'done' })], NOW);
    expect(report.cleared).toEqual(['reminder:a', 'reminder:b']);
    expect(await alarms()).toEqual({ 'backup:weekly': NOW + 7 * DAY });
  });

  it('rebuilds everything after a restart lost the alarms', async () => {
    const list = [reminder('a'), reminder('b', { dueAt: NOW - DAY })];
    await syncAlarms(fakeBrowser.alarms, list, NOW);
    const before = await alarms();
    await fakeBrowser.alarms.clearAll();
    await syncAlarms(fakeBrowser.alarms, list, NOW);
    expect(await alarms()).toEqual(before);
  });

  it('works through the browser.alarms the extension uses', async () => {
    await syncAlarms(browser.alarms, [reminder('a')], NOW);
    expect(await alarms()).toEqual({ 'reminder:a': NOW + DAY });
  });
});

describe('alarm names', () => {
  it('round-trip reminder ids and reject foreign alarms', () => {
    expect(reminderIdFromAlarm(alarmName('abc-123'))).toBe('abc-123');
    expect(reminderIdFromAlarm('backup:weekly')).toBeNull();
    expect(reminderIdFromAlarm('reminder:')).toBeNull();
  });
});
