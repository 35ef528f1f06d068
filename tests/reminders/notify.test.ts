import { notificationPlan, type DueItem } from '@/lib/reminders/notification-plan';
import type { Reminder } from '@/lib/reminders/reminder';

const reminder = (id: string, kind: Reminder['kind'], over: Partial<Reminder> = {}): Reminder => ({
  id,
  contactId: `c-${id}`,
  kind,
  dueAt: 0,
  status: 'pending',
  sourceKey: `${kind}:${id}`,
  createdAt: 0,
  ...over,
});

describe('notificationPlan', () => {
  it('nothing due, nothing shown', () => {
    expect(notificationPlan([])).toBeNull();
  });

  it('one reminder: its own notification naming the person and the action', () => {
    expect(notificationPlan([{ reminder: reminder('r1', 'thank-you'), contactName: 'Priya' }])).toEqual({
      id: 'reminder:r1',
      title: 'Thank-you due',
      message: 'Send a thank-you to Priya',
      buttons: [
        { title: 'Draft it', action: 'draft' },
        { title: 'Snooze 1 day', action: 'snooze-1-day' },
      ],
      reminderIds: ['r1'],
    });
  });

  it('names the referrer on a referral', () => {
    const plan = notificationPlan([{ reminder: reminder('r1', 'reach-out-referral'), contactName: 'Sam', referrerName: 'Priya' }]);
    expect(plan?.message).toBe('Reach out to Sam (referred by Priya)');
  });

  it('the no-reply suggestion offers to mark it, not to draft', () => {
    const plan = notificationPlan([{ reminder: reminder('r1', 'mark-no-reply'), contactName: 'Sam' }]);
    expect(plan?.buttons.map((b) => b.title)).toEqual(['Mark No reply', 'Snooze 1 day']);
  });

  it('several at once: ONE summary, never a flood', () => {
    const due: DueItem[] = [
      { reminder: reminder('r1', 'thank-you'), contactName: 'Priya' },
      { reminder: reminder('r2', 'nudge'), contactName: 'Sam' },
      { reminder: reminder('r3', 'keep-in-touch'), contactName: 'Priya' },
      { reminder: reminder('r4', 'confirm-meeting'), contactName: 'Alex' },
    ];
    expect(notificationPlan(due)).toEqual({
      id: 'reminders:summary',
      title: '4 follow-ups due',
      message: 'For Priya, Sam and Alex',
      buttons: [{ title: 'Open Coffee Chat', action: 'open' }],
      reminderIds: ['r1', 'r2', 'r3', 'r4'],
    });
  });

  it('a long list is cut short', () => {
    const names = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'];
    const plan = notificationPlan(names.map((n, i) => ({ reminder: reminder(`r${i}`, 'nudge'), contactName: n })));
    expect(plan?.message).toBe('For Ann, Bo, Cy, Di and 2 more');
  });

  it('leaves out reminders that already notified, so each fires once', () => {
    const due: DueItem[] = [
      { reminder: reminder('r1', 'thank-you', { firedAt: 5 }), contactName: 'Priya' },
      { reminder: reminder('r2', 'nudge'), contactName: 'Sam' },
      { reminder: reminder('r2', 'nudge'), contactName: 'Sam' },
    ];
    expect(notificationPlan(due)).toMatchObject({ id: 'reminder:r2', reminderIds: ['r2'] });
    expect(notificationPlan(due.slice(0, 1))).toBeNull();
  });
});
