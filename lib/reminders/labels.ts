import type { FollowUpTemplateKind } from '@/lib/timeline/event-kinds';
import type { ReminderKind } from './reminder';

export interface LabelNames {
  /** The contact's name as the user calls them (first name when known). */
  name: string;
  /** For referrals: who suggested the contact. */
  referrerName?: string;
}

/** The action a reminder asks for, as its notification and the reminders list show it. */
export function reminderLabel(kind: ReminderKind, { name, referrerName }: LabelNames): string {
  switch (kind) {
    case 'nudge':
      return `Nudge ${name} once`;
    case 'confirm-meeting':
      return `Confirm your meeting with ${name}`;
    case 'thank-you':
      return `Send a thank-you to ${name}`;
    case 'keep-in-touch':
      return `Check in with ${name}`;
    case 'reach-out-referral':
      return referrerName ? `Reach out to ${name} (referred by ${referrerName})` : `Reach out to ${name}`;
    case 'mark-no-reply':
      return `No reply from ${name} after a nudge: mark as No reply`;
  }
}

/** A short heading for a single notification. */
export const REMINDER_HEADINGS: Record<ReminderKind, string> = {
  nudge: 'Time for a nudge',
  'confirm-meeting': 'Meeting coming up',
  'thank-you': 'Thank-you due',
  'keep-in-touch': 'Time to check in',
  'reach-out-referral': 'Reach out to a referral',
  'mark-no-reply': 'Still no reply',
};

/**
 * The template "Draft it" opens. After an unanswered nudge the method says stop, so the only
 * message left to draft is a later check-in — never a second nudge.
 */
export const REMINDER_TEMPLATE_KIND: Record<ReminderKind, FollowUpTemplateKind> = {
  nudge: 'no-reply-nudge',
  'confirm-meeting': 'meeting-confirmation',
  'thank-you': 'thank-you',
  'keep-in-touch': 'check-in',
  'reach-out-referral': 'referral-intro',
  'mark-no-reply': 'check-in',
};
