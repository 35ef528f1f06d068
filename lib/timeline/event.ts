import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';
import { Stage } from '@/lib/contacts/stage';
import { TimeZone } from '@/lib/meetings/meeting';

export const TIMELINE_EVENT_TYPES = [
  'stage-changed',
  'outreach-sent',
  'reply-logged',
  'meeting-scheduled',
  'meeting-cancelled',
  'meeting-moved',
  'interview-logged',
  'thank-you-sent',
  'check-in-logged',
  'referral-added',
  'captured',
] as const;
export const TimelineEventType = z.enum(TIMELINE_EVENT_TYPES);
export type TimelineEventType = z.infer<typeof TimelineEventType>;

/** Small, known facts about an event; reminders read these, so they are typed rather than free-form. */
export const TimelineEventData = z.object({
  /** Template kind of a sent message ('cold-ask', 'no-reply-nudge', 'thank-you'…). */
  templateKind: z.string().max(40).optional(),
  channel: z.string().max(40).optional(),
  /** The Outreach record behind an 'outreach-sent' event. */
  outreachId: z.string().max(100).optional(),
  meetingId: z.string().max(100).optional(),
  /** A moved meeting's new start, and the zone it was agreed in, so the timeline can say where it went. */
  meetingStart: Timestamp.optional(),
  timeZone: TimeZone.optional(),
  referredContactId: z.string().max(100).optional(),
});
export type TimelineEventData = z.infer<typeof TimelineEventData>;

/** One entry in a contact's history, stored in its own table (indexed by contactId and at). */
export const TimelineEvent = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  at: Timestamp,
  type: TimelineEventType,
  fromStage: Stage.optional(),
  toStage: Stage.optional(),
  /** Why it happened, as shown on the timeline: "Marked as sent", "Set by hand", "Meeting scheduled". */
  cause: z.string().min(1).max(120),
  data: TimelineEventData.optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Causes the product writes itself; hand-written ones are allowed too. */
export const CAUSES = {
  markedAsSent: 'Marked as sent',
  byHand: 'Set by hand',
  meetingScheduled: 'Meeting scheduled',
  meetingCancelled: 'Meeting cancelled',
  meetingMoved: 'Meeting moved',
  replyLogged: 'Reply logged',
  interviewLogged: 'Interview logged',
  thankYouSent: 'Thank-you sent',
  checkInLogged: 'Check-in logged',
  referralAdded: 'Referral added',
  captured: 'Saved from LinkedIn',
} as const;
