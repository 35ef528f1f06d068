import { STAGE_LABELS } from '@/lib/contacts/stage';
import type { TimelineEvent } from './event';

const WHAT: Record<TimelineEvent['type'], string> = {
  'stage-changed': 'Stage changed',
  'outreach-sent': 'Message sent',
  'reply-logged': 'Reply logged',
  'meeting-scheduled': 'Meeting scheduled',
  'meeting-cancelled': 'Meeting cancelled',
  'interview-logged': 'Interview logged',
  'thank-you-sent': 'Thank-you sent',
  'check-in-logged': 'Check-in logged',
  'referral-added': 'Referral added',
  captured: 'Saved from LinkedIn',
};

export interface TimelineLine {
  /** What happened: "Meeting scheduled", or the stage move "Identified → Requested". */
  what: string;
  /** The stage it moved to, shown strong; only for stage changes. */
  toStage?: string;
  fromStage?: string;
  /** Why, when it says more than `what` ("Marked as sent"); left out when it would repeat it. */
  cause?: string;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** One timeline entry in words, each fact said once. */
export function describeEvent(e: TimelineEvent): TimelineLine {
  if (e.type === 'stage-changed' && e.toStage) {
    const from = e.fromStage ? STAGE_LABELS[e.fromStage] : '—';
    const to = STAGE_LABELS[e.toStage];
    return { what: `${from} → ${to}`, fromStage: from, toStage: to, cause: e.cause };
  }
  const what = WHAT[e.type];
  return same(what, e.cause) ? { what } : { what, cause: e.cause };
}
