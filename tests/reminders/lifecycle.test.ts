import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Stage } from '@/lib/contacts/stage';
import type { Meeting } from '@/lib/meetings/meeting';
import { syncAlarms } from '@/lib/reminders/alarm-sync';
import { dueReminders } from '@/lib/reminders/due';
import { notificationPlan } from '@/lib/reminders/notification-plan';
import type { Reminder } from '@/lib/reminders/reminder';
import type { TimelineEvent } from '@/lib/timeline/event';
import { DAY, HOUR, at, contact, derive, event, idSource, meeting, open, sent, settle } from './builders';

describe('one contact through the whole pipeline', () => {
  it('derive → apply → derive again never adds, and source keys never repeat', async () => {
    const newId = idSource();
    let reminders: Reminder[] = [];
    const events: TimelineEvent[] = [];
    let meetings: Meeting[] = [];
    const step = async (stage: Stage, now: number, ...add: TimelineEvent[]) => {
      events.push(...add);
      reminders = await settle({ contact: contact({ stage }), events, meetings, existing: reminders, now }, newId);
      const keys = reminders.map((r) => r.sourceKey);
      expect(new Set(keys).size).toBe(keys.length);
      return open(reminders).map((r) => r.kind);
    };

    const t0 = at('2025-05-01T09:00:00Z');
    expect(await step('requested', t0, sent('cold-ask', t0, 'o1'))).toEqual(['nudge']);
    expect(await step('requested', t0 + 8 * DAY, sent('no-reply-nudge', t0 + 8 * DAY, 'o2'))).toEqual(['mark-no-reply']);
    meetings = [meeting({ start: at('2025-05-20T14:00:00Z'), createdAt: t0 + 9 * DAY })];
    expect(await step('scheduled', t0 + 9 * DAY, event('reply-logged', t0 + 9 * DAY), event('meeting-scheduled', t0 + 9 * DAY))).toEqual([
      'confirm-meeting',
      'thank-you',
    ]);
    expect(await step('interviewed', at('2025-05-20T15:00:00Z'), event('interview-logged', at('2025-05-20T15:00:00Z')))).toEqual([
      'thank-you',
    ]);
    expect(await step('thanked', at('2025-05-20T19:00:00Z'), event('thank-you-sent', at('2025-05-20T19:00:00Z')))).toEqual([
      'keep-in-touch',
    ]);
    expect(await step('keeping-in-touch', at('2025-09-01T00:00:00Z'), event('check-in-logged', at('2025-09-01T00:00:00Z')))).toEqual([
      'keep-in-touch',
    ]);
    expect(await step('archived', at('2025-10-01T00:00:00Z'))).toEqual([]);
    expect(reminders.map((r) => `${r.kind}:${r.status}`)).toEqual([
      'nudge:done',
      'mark-no-reply:dismissed', // they replied after all
      'confirm-meeting:dismissed', // the meeting passed without a confirmation logged
      'thank-you:done',
      'keep-in-touch:done',
      'keep-in-touch:dismissed',
    ]);
  });
});

describe('past due times (imported history)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('come due at once, notify once, and are not made again', async () => {
    const now = at('2025-06-01T12:00:00Z');
    const old = meeting({ start: at('2024-01-10T14:00:00Z'), createdAt: at('2024-01-01T00:00:00Z') });
    let reminders = await settle({ contact: contact({ stage: 'interviewed' }), events: [], meetings: [old], now });
    expect(reminders.map((r) => [r.kind, r.dueAt < now])).toEqual([['thank-you', true]]);

    // Not skipped: due now, with an alarm that fires shortly.
    expect(dueReminders(reminders, now)).toHaveLength(1);
    await syncAlarms(fakeBrowser.alarms, reminders, now);
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm?.scheduledTime).toBeGreaterThan(now);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(now + 30_000);

    // It fires: one notification, then firedAt keeps it from firing again.
    const plan = notificationPlan(dueReminders(reminders, now).map((reminder) => ({ reminder, contactName: 'Priya' })));
    expect(plan?.reminderIds).toEqual(['r1']);
    reminders = reminders.map((r) => (plan?.reminderIds.includes(r.id) ? { ...r, firedAt: now } : r));
    expect(notificationPlan(dueReminders(reminders, now + HOUR).map((reminder) => ({ reminder, contactName: 'Priya' })))).toBeNull();
    await syncAlarms(fakeBrowser.alarms, reminders, now + HOUR);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(derive({ contact: contact({ stage: 'interviewed' }), events: [], meetings: [old], existing: reminders, now: now + DAY })).toEqual({
      create: [],
      update: [],
      retire: [],
    });
  });
});
