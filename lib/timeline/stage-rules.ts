import { EXIT_STAGES, STAGES, type Stage } from '@/lib/contacts/stage';
import { CAUSES, type TimelineEvent, type TimelineEventType } from './event';
import { isRequestKind } from './event-kinds';

/** Where an event may carry a contact, and the earliest stage it may carry them from. */
interface Move {
  to: Stage;
  from: Stage;
}

function moveFor(type: TimelineEventType, templateKind: string | undefined): Move | null {
  switch (type) {
    case 'outreach-sent':
      if (isRequestKind(templateKind)) return { to: 'requested', from: 'identified' };
      // Thank-yous and check-ins are usually sent from their templates, not logged separately.
      if (templateKind === 'thank-you') return moveFor('thank-you-sent', undefined);
      if (templateKind === 'check-in') return moveFor('check-in-logged', undefined);
      return null; // nudges, confirmations, "who else": the stage stays
    case 'meeting-scheduled':
      return { to: 'scheduled', from: 'identified' };
    case 'interview-logged':
      return { to: 'interviewed', from: 'identified' };
    case 'thank-you-sent':
      // Thanking someone before a meeting is booked is thanks for a reply, not the method's step 6.
      return { to: 'thanked', from: 'scheduled' };
    case 'check-in-logged':
      // A "check-in" with someone never met is just more outreach.
      return { to: 'keeping-in-touch', from: 'interviewed' };
    default:
      return null;
  }
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/**
 * The stage an event moves a contact to, or null when it stays. Automatic moves only go
 * forward along the pipeline and never out of an exit (No reply, Declined, Archived):
 * only the user moves a contact back or out of an exit, by hand.
 */
export function nextStageFor(current: Stage, eventType: TimelineEventType, templateKind?: string): Stage | null {
  if (EXIT_STAGES.includes(current)) return null;
  const move = moveFor(eventType, templateKind);
  if (!move) return null;
  if (rank(current) < rank(move.from) || rank(current) >= rank(move.to)) return null;
  return move.to;
}

const CAUSE_BY_TYPE: Partial<Record<TimelineEventType, string>> = {
  'outreach-sent': CAUSES.markedAsSent,
  'meeting-scheduled': CAUSES.meetingScheduled,
  'interview-logged': CAUSES.interviewLogged,
  'thank-you-sent': CAUSES.thankYouSent,
  'check-in-logged': CAUSES.checkInLogged,
};

export interface StageChange {
  id: string;
  contactId: string;
  from: Stage;
  to: Stage;
  at: number;
  cause: string;
}

export function stageChangeEvent({ id, contactId, from, to, at, cause }: StageChange): TimelineEvent {
  return { id, contactId, at, type: 'stage-changed', fromStage: from, toStage: to, cause };
}

/** The 'stage-changed' event that `event` causes for a contact now at `current`, if any. */
export function stageChangeFor(event: TimelineEvent, current: Stage, id: string): TimelineEvent | null {
  const to = nextStageFor(current, event.type, event.data?.templateKind);
  if (!to) return null;
  return stageChangeEvent({
    id,
    contactId: event.contactId,
    from: current,
    to,
    at: event.at,
    cause: CAUSE_BY_TYPE[event.type] ?? event.cause,
  });
}
