import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { createReminderService } from '@/entrypoints/background/reminders';
import { getDb } from '@/lib/db/database';
import { addContact } from '@/lib/db/contacts';
import { scheduleMeeting } from '@/lib/db/pipeline';
import { applyReminderAction } from '@/lib/db/reminder-actions';
import { rederiveContacts, settingsKey } from '@/lib/db/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { freshDb } from '../helpers/db';

const HOUR = 3_600_000;
// 23 Nov 2026, 12:00 UTC.
const NOON = Date.UTC(2026, 10, 23, 12, 0);

async function setUp(now = NOON) {
  let clock = now;
  const db = freshDb();
  const service = createReminderService(db, () => clock);
  const priya = await addContact(db, { fullName: 'Priya Raman' }, clock - 10 * 24 * HOUR);
  /** What a command does after its write: the contact's reminders, then alarms and notifications. */
  const afterChange = async (ids: string[]) => {
    await rederiveContacts(db, ids, { settings: DEFAULT_REMINDER_SETTINGS, now: clock });
    await service.syncAndNotify();
  };
  return { db, service, priya, afterChange, advance: (ms: number) => (clock += ms), now: () => clock };
}

/** A meeting that started at 09:00 UTC today and lasted 20 minutes: it ended ~3 h ago. */
const MORNING_MEETING = { date: '2026-11-23', time: '09:00', durationMinutes: 20, timeZone: 'UTC', place: 'https://meet.example/x', format: 'video' };

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('reminder service (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a meeting that just ended brings a thank-you notification naming the person, and the badge count', async () => {
    const { db, priya, now, afterChange } = await setUp();
    await scheduleMeeting(db, priya.id, MORNING_MEETING, now());
    await afterChange([priya.id]);

    const thankYou = (await db.reminders.toArray()).find((r) => r.kind === 'thank-you')!;
    expect(thankYou).toBeDefined();
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual([`reminder:${thankYou.id}`]);
    expect(JSON.stringify(all)).toContain('Priya');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('notifies once: syncing again or restarting the browser does not show it again', async () => {
    const { db, service, priya, now, afterChange } = await setUp();
    await scheduleMeeting(db, priya.id, MORNING_MEETING, now());
    await afterChange([priya.id]);
    await fakeBrowser.notifications.clear((await notificationIds())[0]!);

    await service.syncAndNotify();
    await service.rebuild();
    expect(await notificationIds()).toEqual([]);
    expect((await db.reminders.toArray()).filter((r) => r.kind === 'thank-you')).toHaveLength(1);
  });

  it('rebuilds alarms from the database after the browser dropped them, without duplicates', async () => {
    const { db, service, now, afterChange } = await setUp();
    // A meeting next week: a confirmation and a thank-you lie in the future.
    const sam = await addContact(db, { fullName: 'Sam Lee' }, now());
    await scheduleMeeting(db, sam.id, { ...MORNING_MEETING, date: '2026-11-30' }, now());
    await afterChange([sam.id]);
    const before = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(before.length).toBeGreaterThanOrEqual(2);

    await fakeBrowser.alarms.clearAll(); // what a browser restart may do
    await service.rebuild();
    await service.rebuild();
    const after = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(after).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });

  it('fires when the alarm goes off, once', async () => {
    const { db, service, priya, now, advance, afterChange } = await setUp();
    await scheduleMeeting(db, priya.id, { ...MORNING_MEETING, time: '13:00' }, now());
    service.listen();
    await afterChange([priya.id]);
    expect(await notificationIds()).toEqual([]);

    advance(4 * HOUR); // meeting over (13:20), thank-you due at 15:20
    const [alarm] = (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('reminder:'));
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    // The listener does not await the reconcile: wait for its notification, however busy the machine.
    await vi.waitFor(async () => expect(await notificationIds()).toHaveLength(1));
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await new Promise((r) => setTimeout(r, 50));
    expect(await notificationIds()).toHaveLength(1);
    void db;
  });

  it('several due at once become one summary notification', async () => {
    const { db, now, afterChange } = await setUp();
    const ids: string[] = [];
    for (const name of ['Ana Lima', 'Ben Okafor', 'Chen Wei']) {
      const c = await addContact(db, { fullName: name }, now());
      await scheduleMeeting(db, c.id, MORNING_MEETING, now());
      ids.push(c.id);
    }
    await afterChange(ids);
    expect(await notificationIds()).toEqual(['reminders:summary']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
  });

  it('snoozing a due reminder clears the badge and sets an alarm for when it comes back', async () => {
    const { db, service, priya, now, afterChange } = await setUp();
    await scheduleMeeting(db, priya.id, MORNING_MEETING, now());
    await afterChange([priya.id]);
    const thankYou = (await db.reminders.toArray()).find((r) => r.kind === 'thank-you')!;

    await applyReminderAction(db, { reminderId: thankYou.id, action: 'snooze', days: 1 }, now());
    await service.syncAndNotify();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const alarm = await fakeBrowser.alarms.get(`reminder:${thankYou.id}`);
    // A day would pass the thank-you's 24-hour window: it comes back before the deadline instead.
    expect(alarm?.scheduledTime).toBeGreaterThan(now());
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(thankYou.deadlineAt!);
  });

  it('a reminder whose contact was deleted is dropped quietly', async () => {
    const { db, service, priya, now, afterChange } = await setUp();
    await scheduleMeeting(db, priya.id, { ...MORNING_MEETING, date: '2026-11-30' }, now());
    await afterChange([priya.id]);
    expect(await db.reminders.count()).toBeGreaterThan(0);
    await db.contacts.delete(priya.id);
    await service.rebuild();
    expect(await db.reminders.count()).toBe(0);
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('reminder:'))).toEqual([]);
  });

  it('"Snooze 1 day" on the notification snoozes it; clicking the body opens the contact', async () => {
    const { db, service, priya, now, afterChange } = await setUp();
    service.listen();
    await scheduleMeeting(db, priya.id, MORNING_MEETING, now());
    await afterChange([priya.id]);
    const [id] = await notificationIds();
    const opened: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab.url ?? ''));

    await fakeBrowser.notifications.onClicked.trigger(id!);
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).toEqual([`chrome-extension://test-extension-id/workspace.html#/contacts/${priya.id}`]);

    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 1);
    await new Promise((r) => setTimeout(r, 50));
    const thankYou = (await db.reminders.toArray()).find((r) => r.kind === 'thank-you')!;
    expect(thankYou.status).toBe('snoozed');
    // Kept inside the thank-you's 24-hour window (snoozeWithin).
    expect(thankYou.snoozedUntil).toBeGreaterThan(now());
    expect(thankYou.snoozedUntil).toBeLessThanOrEqual(thankYou.deadlineAt!);
  });
});

describe('reconcile on every wake and alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a confirm whose meeting has started closes at the next wake, with its notification and badge', async () => {
    const { db, service, priya, now, advance, afterChange } = await setUp();
    // Wednesday 13:00, booked on Monday: the confirm comes up Tuesday at 9:00.
    await scheduleMeeting(db, priya.id, { ...MORNING_MEETING, date: '2026-11-25', time: '13:00' }, now());
    await afterChange([priya.id]);
    advance(22 * HOUR); // Tuesday 10:00
    await service.reconcile();
    const confirm = (await db.reminders.toArray()).find((r) => r.kind === 'confirm-meeting')!;
    expect(await notificationIds()).toEqual([`reminder:${confirm.id}`]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // The worker is woken at the meeting's start even though the confirm has no alarm left.
    expect((await fakeBrowser.alarms.get('reminders:recheck'))?.scheduledTime).toBe(Date.UTC(2026, 10, 25, 13));

    advance(28 * HOUR); // Wednesday 14:00: the meeting happened; nobody confirmed
    await service.reconcile();
    expect((await db.reminders.get(confirm.id))?.status).toBe('dismissed');
    expect(await notificationIds()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('the recheck alarm firing re-derives, like a wake', async () => {
    const { db, service, priya, now, advance, afterChange } = await setUp();
    service.listen();
    await scheduleMeeting(db, priya.id, { ...MORNING_MEETING, date: '2026-11-25', time: '13:00' }, now());
    await afterChange([priya.id]);
    advance(50 * HOUR);
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get('reminders:recheck'))!);
    await service.syncAndNotify(); // waits for the queued reconcile
    expect((await db.reminders.toArray()).find((r) => r.kind === 'confirm-meeting')?.status).toBe('dismissed');
  });

  it('repairs alarms both ways from one look at the open reminders: missing ones set, orphans cleared', async () => {
    const { db, service, now, afterChange } = await setUp();
    const sam = await addContact(db, { fullName: 'Sam Lee' }, now());
    await scheduleMeeting(db, sam.id, { ...MORNING_MEETING, date: '2026-11-30' }, now());
    await afterChange([sam.id]);
    const expected = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.alarms.create('reminder:gone-long-ago', { when: now() + HOUR });
    await service.reconcile();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(expected);
  });

  it('done, dismiss or snooze takes the notification down', async () => {
    for (const action of ['done', 'dismiss', 'snooze'] as const) {
      fakeBrowser.reset();
      const { db, service, priya, now, afterChange } = await setUp();
      await scheduleMeeting(db, priya.id, MORNING_MEETING, now());
      await afterChange([priya.id]);
      expect(await notificationIds(), action).toHaveLength(1);
      const thankYou = (await db.reminders.toArray()).find((r) => r.kind === 'thank-you')!;
      await applyReminderAction(db, { reminderId: thankYou.id, action, days: 1 }, now());
      await service.syncAndNotify();
      expect(await notificationIds(), action).toEqual([]);
    }
  });

  it("the worker's start-up path reconciles: alarms dropped while it slept are back without a browser restart", async () => {
    const db = getDb();
    const ana = await addContact(db, { fullName: 'Ana Lima' }, Date.now());
    await db.reminders.add({
      id: 'r-wake',
      contactId: ana.id,
      kind: 'nudge',
      dueAt: Date.now() + 7 * 24 * HOUR,
      status: 'pending',
      sourceKey: `nudge:${ana.id}:o1`,
      createdAt: Date.now(),
    });
    // Derived from the stored (default) settings, so the wake has no reason to re-derive it away.
    await db.meta.put({ id: 'derived-from', settingsKey: settingsKey(DEFAULT_REMINDER_SETTINGS) });
    await fakeBrowser.alarms.clearAll();
    // The fake browser lacks these; the capture triggers and the automatic backup's permission
    // events are not what is tested here.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('reminder:r-wake')).toBeDefined());
  });
});
