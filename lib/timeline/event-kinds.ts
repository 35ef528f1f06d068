import type { TimelineEvent } from './event';

/**
 * Template kinds that ask someone for a conversation (method.md "Message kinds").
 * lib/templates owns the full list; these names must match its kinds.
 */
export const REQUEST_TEMPLATE_KINDS = [
  'cold-ask',
  'referral-intro',
  'alumni-ask',
  'research-ask',
  'connection-note',
] as const;

/** Template kinds that follow up on a conversation; "Draft it" on a reminder opens one of these. */
export const FOLLOW_UP_TEMPLATE_KINDS = [
  'meeting-confirmation',
  'thank-you',
  'no-reply-nudge',
  'check-in',
  'referral-intro',
] as const;
export type FollowUpTemplateKind = (typeof FOLLOW_UP_TEMPLATE_KINDS)[number];

type EventLike = Pick<TimelineEvent, 'type' | 'data'>;

const sentKind = (e: EventLike, kind: string) =>
  e.type === 'outreach-sent' && e.data?.templateKind === kind;

export function isRequestKind(templateKind: string | undefined): boolean {
  return (REQUEST_TEMPLATE_KINDS as readonly string[]).includes(templateKind ?? '');
}

/** A first ask for a conversation. */
export const isRequest = (e: EventLike) => e.type === 'outreach-sent' && isRequestKind(e.data?.templateKind);
export const isNudge = (e: EventLike) => sentKind(e, 'no-reply-nudge');
export const isConfirmation = (e: EventLike) => sentKind(e, 'meeting-confirmation');
// A thank-you may be logged directly or sent from the thank-you template: both count.
export const isThankYou = (e: EventLike) => e.type === 'thank-you-sent' || sentKind(e, 'thank-you');
export const isCheckIn = (e: EventLike) => e.type === 'check-in-logged' || sentKind(e, 'check-in');

/** The person answered: a logged reply, or something that can only follow one. */
export const isResponse = (e: EventLike) =>
  e.type === 'reply-logged' || e.type === 'meeting-scheduled' || e.type === 'interview-logged';

/** Any logged contact with the person; keep-in-touch restarts its clock from the latest. */
export const isContactMade = (e: EventLike) =>
  e.type === 'outreach-sent' ||
  e.type === 'reply-logged' ||
  e.type === 'interview-logged' ||
  isCheckIn(e) ||
  isThankYou(e);
