import type { Stage } from '@/lib/contacts/stage';
import { meetingFromInput, type Meeting } from '@/lib/meetings/meeting';
import type { Outreach } from '@/lib/outreach/outreach';
import { CAUSES, type TimelineEvent, type TimelineEventData, type TimelineEventType } from '@/lib/timeline/event';
import { stageChangeEvent, stageChangeFor } from '@/lib/timeline/stage-rules';
import { UserFacingError } from '@/lib/messaging/errors';
import type { CoffeeChatDB } from './database';

const newId = () => crypto.randomUUID();

/**
 * Writes an event on a contact's timeline and, when the event moves the pipeline forward
 * (a request sent → Requested, a meeting → Scheduled…), the stage change with it.
 */
export async function recordEvent(
  db: CoffeeChatDB,
  contactId: string,
  type: TimelineEventType,
  cause: string,
  now: number,
  data?: TimelineEventData,
): Promise<TimelineEvent> {
  return db.transaction('rw', db.contacts, db.events, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new UserFacingError('That contact no longer exists. It may have been deleted in another tab.');
    const event: TimelineEvent = { id: newId(), contactId, at: now, type, cause, ...(data ? { data } : {}) };
    await db.events.add(event);
    const change = stageChangeFor(event, contact.stage, newId());
    if (change?.toStage) {
      await db.events.add(change);
      await db.contacts.update(contactId, { stage: change.toStage, updatedAt: now });
    }
    return event;
  });
}

/** The user sets the stage themselves (board, contact page). */
export async function setStageByHand(db: CoffeeChatDB, contactId: string, stage: Stage, now: number) {
  await db.transaction('rw', db.contacts, db.events, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new UserFacingError('That contact no longer exists. It may have been deleted in another tab.');
    if (contact.stage === stage) return;
    await db.events.add(
      stageChangeEvent({ id: newId(), contactId, from: contact.stage, to: stage, at: now, cause: CAUSES.byHand }),
    );
    await db.contacts.update(contactId, { stage, updatedAt: now });
  });
}

export interface MarkSentInput {
  contactId: string;
  templateId?: string;
  kind: string;
  channel: string;
  subject?: string;
  text: string;
}

/** "Mark as sent": keeps what was sent and lets the pipeline and reminders follow. */
export async function markSent(db: CoffeeChatDB, input: MarkSentInput, now: number): Promise<Outreach> {
  return db.transaction('rw', [db.contacts, db.events, db.outreach], async () => {
    const outreach: Outreach = { id: newId(), sentAt: now, ...input };
    await db.outreach.add(outreach);
    await recordEvent(db, input.contactId, 'outreach-sent', CAUSES.markedAsSent, now, {
      templateKind: input.kind,
      channel: input.channel,
      outreachId: outreach.id,
    });
    return outreach;
  });
}

export async function scheduleMeeting(db: CoffeeChatDB, contactId: string, input: unknown, now: number) {
  const result = meetingFromInput(input, { id: newId(), contactId }, now);
  if (!result.ok) throw new UserFacingError(Object.values(result.errors).join(' '));
  await db.transaction('rw', [db.contacts, db.events, db.meetings], async () => {
    if (!(await db.contacts.get(contactId))) throw new UserFacingError('That contact no longer exists.');
    await db.meetings.add(result.meeting);
    await recordEvent(db, contactId, 'meeting-scheduled', CAUSES.meetingScheduled, now, {
      meetingId: result.meeting.id,
    });
  });
  return result.meeting;
}

/**
 * Reschedule or edit a meeting: same id (its reminders are keyed by it, so re-deriving in the
 * caller's commit() moves them to the new time) and the same booking time. A new start is a
 * move: it is written on the timeline and remembered as `movedAt`, so a confirmation sent for
 * the old time no longer counts. Editing only the place or format is not a move.
 */
export async function rescheduleMeeting(db: CoffeeChatDB, meetingId: string, input: unknown, now: number) {
  return db.transaction('rw', [db.contacts, db.events, db.meetings], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new UserFacingError('That meeting no longer exists.');
    if (meeting.status === 'cancelled') throw new UserFacingError('That meeting was cancelled; add a new one instead.');
    const result = meetingFromInput(input, { id: meeting.id, contactId: meeting.contactId }, now);
    if (!result.ok) throw new UserFacingError(Object.values(result.errors).join(' '));
    const isMove = result.meeting.start !== meeting.start;
    const movedAt = isMove ? now : meeting.movedAt;
    const moved: Meeting = {
      ...result.meeting,
      createdAt: meeting.createdAt,
      status: meeting.status,
      ...(movedAt !== undefined ? { movedAt } : {}),
    };
    await db.meetings.put(moved);
    if (isMove) {
      await recordEvent(db, meeting.contactId, 'meeting-moved', CAUSES.meetingMoved, now, {
        meetingId,
        meetingStart: moved.start,
        timeZone: moved.timeZone,
      });
    }
    return moved;
  });
}

export async function cancelMeeting(db: CoffeeChatDB, meetingId: string, now: number) {
  return db.transaction('rw', [db.contacts, db.events, db.meetings], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new UserFacingError('That meeting no longer exists.');
    await db.meetings.update(meetingId, { status: 'cancelled' });
    await recordEvent(db, meeting.contactId, 'meeting-cancelled', CAUSES.meetingCancelled, now, { meetingId });
    return meeting.contactId;
  });
}

export async function logReply(db: CoffeeChatDB, contactId: string, now: number) {
  await recordEvent(db, contactId, 'reply-logged', CAUSES.replyLogged, now);
}
