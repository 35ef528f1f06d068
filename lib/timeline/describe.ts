import { STAGE_LABELS } from '@/lib/contacts/stage';
import { formatDateTime } from '@/lib/format/dates';
import type { TimelineEvent } from './event';

const WHAT: Record<TimelineEvent['type'], string> = {
  'stage-changed': 'Stage changed',
  'outreach-sent': 'Message sent',
  'reply-logged': 'Reply logged',
  'meeting-scheduled': 'Meeting scheduled',
  'meeting-cancelled': 'Meeting cancelled',
  'meeting-moved': 'Meeting moved',
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
  if (e.type === 'meeting-moved' && e.data?.meetingStart !== undefined) {
    // Said in the meeting's own zone, as the meeting list shows it.
    const to = formatDateTime(e.data.meetingStart, e.data.timeZone ? { timeZone: e.data.timeZone } : {});
    return { what: `Meeting moved to ${to}` };
  }
  const what = WHAT[e.type];
  return same(what, e.cause) ? { what } : { what, cause: e.cause };
}
