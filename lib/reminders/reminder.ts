import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';

export const REMINDER_KINDS = [
  'nudge',
  'confirm-meeting',
  'thank-you',
  'keep-in-touch',
  'reach-out-referral',
  // After the one nudge went unanswered too: suggest moving the contact to No reply
  // (method.md: "one nudge after 7 days; then mark No reply") instead of a second nudge.
  'mark-no-reply',
] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const ReminderStatus = z.enum(['pending', 'done', 'snoozed', 'dismissed']);
export type ReminderStatus = z.infer<typeof ReminderStatus>;

export const Recurrence = z.object({ everyDays: z.number().int().min(1).max(3650) });
export type Recurrence = z.infer<typeof Recurrence>;

/** A follow-up the user should do. Derived from events and meetings by rules.ts, never typed in. */
export const Reminder = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  kind: ReminderKind,
  dueAt: Timestamp,
  /** The latest it still makes sense (a thank-you within 24 hours of the meeting's end). */
  deadlineAt: Timestamp.optional(),
  status: ReminderStatus,
  snoozedUntil: Timestamp.optional(),
  recurrence: Recurrence.optional(),
  /**
   * What the reminder is about, e.g. `thank-you:<meetingId>` (see source-key.ts). Unique:
   * re-deriving finds the reminder it made before instead of making another.
   */
  sourceKey: z.string().min(1).max(300),
  /** The meeting a confirm or thank-you is about, so "Draft it" can fill in its details. */
  meetingId: z.string().optional(),
  createdAt: Timestamp,
  /** Set when its notification was shown, so each reminder notifies once. */
  firedAt: Timestamp.optional(),
  /** When it became done or dismissed; a done keep-in-touch restarts its clock from here. */
  closedAt: Timestamp.optional(),
});
export type Reminder = z.infer<typeof Reminder>;

export const isOpen = (r: Pick<Reminder, 'status'>) => r.status === 'pending' || r.status === 'snoozed';

/** When it should next come up: the end of a snooze, or its due time. */
export const effectiveDueAt = (r: Pick<Reminder, 'status' | 'dueAt' | 'snoozedUntil'>) =>
  r.status === 'snoozed' && r.snoozedUntil !== undefined ? Math.max(r.dueAt, r.snoozedUntil) : r.dueAt;
