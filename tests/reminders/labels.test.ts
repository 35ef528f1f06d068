import { REMINDER_TEMPLATE_KIND, reminderLabel } from '@/lib/reminders/labels';

describe('reminder labels', () => {
  it.each([
    ['nudge', 'Nudge Priya once', 'no-reply-nudge'],
    ['confirm-meeting', 'Confirm your meeting with Priya', 'meeting-confirmation'],
    ['thank-you', 'Send a thank-you to Priya', 'thank-you'],
    ['keep-in-touch', 'Check in with Priya', 'check-in'],
    ['reach-out-referral', 'Reach out to Priya (referred by Sam)', 'referral-intro'],
    ['mark-no-reply', 'No reply from Priya after a nudge: mark as No reply', 'check-in'],
  ] as const)('%s: "%s", drafts %s', (kind, label, template) => {
    expect(reminderLabel(kind, { name: 'Priya', referrerName: 'Sam' })).toBe(label);
    expect(REMINDER_TEMPLATE_KIND[kind]).toBe(template);
  });

  it('a referral without a known referrer', () => {
    expect(reminderLabel('reach-out-referral', { name: 'Priya' })).toBe('Reach out to Priya');
  });
});
