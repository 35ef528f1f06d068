import { EXIT_STAGES, type Stage } from '@/lib/contacts/stage';
import type { Contact } from '@/lib/contacts/contact';
import { agreedAt, meetingEnd, type Meeting } from '@/lib/meetings/meeting';
import { CAUSES, type TimelineEvent } from '@/lib/timeline/event';
import {
  isConfirmation,
  isContactMade,
  isNudge,
  isRequest,
  isResponse,
  isThankYou,
} from '@/lib/timeline/event-kinds';
import { confirmDueAt } from './confirm-time';
import { reconcile, type DeriveResult, type Retirement, type Wanted } from './reconcile';
import { isOpen, type Reminder } from './reminder';
import type { ReminderSettings } from './settings';
import { sourceKeys } from './source-key';
import { HOUR_MS, plusDays } from './time';

export interface DeriveInput {
  contact: Pick<Contact, 'id' | 'stage' | 'fullName' | 'firstName' | 'referredById' | 'createdAt'>;
  /** This contact's timeline (others are ignored). */
  events: TimelineEvent[];
  /** This contact's meetings (others are ignored). */
  meetings: Meeting[];
  /** Every reminder this contact has, in any status. */
  existing: Reminder[];
  settings: ReminderSettings;
  now: number;
  newId: () => string;
}

/** What the rules read off a contact's history, worked out once. */
interface Facts {
  contact: DeriveInput['contact'];
  events: TimelineEvent[];
  meetings: Meeting[];
  existing: Reminder[];
  settings: ReminderSettings;
  now: number;
}

const latest = (events: TimelineEvent[]) => events.at(-1);
const outreachKey = (e: TimelineEvent) => e.data?.outreachId ?? e.id;
const isExit = (stage: Stage) => EXIT_STAGES.includes(stage);
const LATER_STAGES: readonly Stage[] = ['thanked', 'keeping-in-touch'];

/** Events since the person last answered: the unanswered part of the conversation. */
function sinceLastResponse(events: TimelineEvent[]): TimelineEvent[] {
  const last = latest(events.filter(isResponse));
  return last ? events.filter((e) => e.at > last.at) : events;
}

/** A user who sent their ask outside Coffee Chat and moved the card to Requested still gets the nudge. */
const movedToRequestedByHand = (e: TimelineEvent) =>
  e.type === 'stage-changed' && e.toStage === 'requested' && e.cause === CAUSES.byHand;

// --- No reply: one nudge per request, then a suggestion to mark No reply (never a second nudge).

function nudgeRule({ contact, events, settings }: Facts): Wanted[] {
  if (contact.stage !== 'requested') return [];
  const unanswered = sinceLastResponse(events);
  const nudge = latest(unanswered.filter(isNudge));
  if (nudge) {
    return [
      {
        kind: 'mark-no-reply',
        sourceKey: sourceKeys.markNoReply(contact.id, outreachKey(nudge)),
        dueAt: plusDays(nudge.at, settings.nudgeAfterDays),
      },
    ];
  }
  const request = latest(unanswered.filter((e) => isRequest(e) || movedToRequestedByHand(e)));
  if (!request) return [];
  return [
    {
      kind: 'nudge',
      sourceKey: sourceKeys.nudge(contact.id, outreachKey(request)),
      dueAt: plusDays(request.at, settings.nudgeAfterDays),
    },
  ];
}

// --- Meetings: confirm before, thank within a day after.

const aboutMeeting = (e: TimelineEvent, m: Meeting, since: number) =>
  e.data?.meetingId ? e.data.meetingId === m.id : e.at >= since;

/** A confirmation of the meeting's current time: one sent before it last moved was for the old time. */
function confirmationSent(events: TimelineEvent[], m: Meeting) {
  return events.some((e) => isConfirmation(e) && aboutMeeting(e, m, agreedAt(m)) && e.at >= agreedAt(m));
}

/**
 * The confirm reminder's key. Unconfirmed, it keeps the key it has, so a move only re-times it.
 * Once confirmed (or dismissed) its key is spent, so a move to a new time gets a key of its
 * own and asks again; a meeting never moved keeps the plain key it always had.
 */
function confirmKey(m: Meeting, existing: Reminder[]): string {
  const open = existing.find((r) => r.kind === 'confirm-meeting' && r.meetingId === m.id && isOpen(r));
  return open?.sourceKey ?? sourceKeys.confirm(m.id, m.movedAt);
}

function thankYouSent(events: TimelineEvent[], m: Meeting) {
  // Moving the contact to Thanked by hand after the meeting says the same thing.
  const handThanked = (e: TimelineEvent) =>
    e.type === 'stage-changed' && e.toStage !== undefined && LATER_STAGES.includes(e.toStage) && e.at >= m.start;
  return events.some((e) => (isThankYou(e) && aboutMeeting(e, m, m.start)) || handThanked(e));
}

function meetingRules({ contact, events, meetings, existing, settings, now }: Facts): Wanted[] {
  if (isExit(contact.stage)) return [];
  const wanted: Wanted[] = [];
  for (const m of meetings) {
    if (m.status === 'cancelled') continue;
    const confirmAt = m.status === 'scheduled' && m.start > now ? confirmDueAt(m, settings.confirmDaysBefore) : null;
    if (confirmAt !== null && !confirmationSent(events, m)) {
      wanted.push({ kind: 'confirm-meeting', sourceKey: confirmKey(m, existing), dueAt: confirmAt, meetingId: m.id });
    }
    if (!thankYouSent(events, m)) {
      const end = meetingEnd(m);
      wanted.push({
        kind: 'thank-you',
        sourceKey: sourceKeys.thankYou(m.id),
        dueAt: end + settings.thankYouHoursAfter * HOUR_MS,
        deadlineAt: end + settings.thankYouWithinHours * HOUR_MS,
        meetingId: m.id,
      });
    }
  }
  return wanted;
}

// --- Keep in touch: every N days after the thank-you, counted from the latest contact.

/** A hand move into Thanked or Keeping in touch starts (or restarts) the cycle like a thank-you. */
const movedToLaterStage = (e: TimelineEvent) =>
  e.type === 'stage-changed' && e.toStage !== undefined && LATER_STAGES.includes(e.toStage);

/** The instant the current cycle counts from, or null when there is no cycle. */
function keepInTouchAnchor({ contact, events, existing }: Facts): number | null {
  if (isExit(contact.stage)) return null;
  const first = events.find((e) => isThankYou(e) || movedToLaterStage(e));
  // Imported contacts can sit in Thanked with no history: count from when they were added.
  const startAt = first?.at ?? (LATER_STAGES.includes(contact.stage) ? contact.createdAt : null);
  if (startAt === null) return null;

  const contacts = events.filter((e) => e.at >= startAt && (isContactMade(e) || movedToLaterStage(e)));
  const cycles = existing.filter((r) => r.kind === 'keep-in-touch');
  const closed = (status: Reminder['status']) =>
    cycles.filter((r) => r.status === status).map((r) => r.closedAt ?? r.createdAt);
  // A done check-in starts the next cycle from when it was done (see nextOccurrence).
  const anchor = Math.max(startAt, latest(contacts)?.at ?? startAt, ...closed('done'));
  // Dismissing the check-in stops the cycle, until the user is in touch again.
  const stoppedAt = Math.max(-Infinity, ...closed('dismissed'));
  return stoppedAt >= anchor ? null : anchor;
}

function keepInTouchRule(facts: Facts): Wanted[] {
  const anchor = keepInTouchAnchor(facts);
  if (anchor === null) return [];
  const everyDays = facts.settings.keepInTouchEveryDays;
  return [
    {
      kind: 'keep-in-touch',
      sourceKey: sourceKeys.keepInTouch(facts.contact.id, anchor),
      dueAt: plusDays(anchor, everyDays),
      recurrence: { everyDays },
    },
  ];
}

// --- Referrals: reach out within a week to someone a contact suggested.

function referralRule({ contact, events, settings }: Facts): Wanted[] {
  if (!contact.referredById) return [];
  if (contact.stage !== 'identified' && contact.stage !== 'researching') return [];
  if (events.some((e) => e.type === 'outreach-sent')) return [];
  return [
    {
      kind: 'reach-out-referral',
      sourceKey: sourceKeys.referral(contact.id),
      dueAt: plusDays(contact.createdAt, settings.referralReachOutDays),
    },
  ];
}

// --- Closing what no longer applies: 'done' when the user did the thing, else 'dismissed'.

function retirementFor(facts: Facts, keepInTouchAnchorAt: number | null) {
  const { contact, events, meetings, now } = facts;
  return (r: Reminder): Omit<Retirement, 'id'> => {
    const meeting = meetings.find((m) => m.id === r.meetingId);
    let done = false;
    switch (r.kind) {
      case 'nudge':
        done = sinceLastResponse(events).some(isNudge);
        break;
      case 'mark-no-reply':
        done = contact.stage === 'no-reply';
        break;
      case 'confirm-meeting':
        done = meeting !== undefined && confirmationSent(events, meeting);
        break;
      case 'thank-you':
        done = meeting !== undefined && thankYouSent(events, meeting);
        break;
      case 'keep-in-touch':
        // Superseded by a newer contact: it is done as of that contact, which is also where
        // the next cycle counts from, so the next derive sees the same anchor.
        if (keepInTouchAnchorAt !== null) return { status: 'done', closedAt: keepInTouchAnchorAt };
        break;
      case 'reach-out-referral':
        // Past Researching without an exit means they were contacted.
        done = events.some((e) => e.type === 'outreach-sent') || !isExit(contact.stage);
        break;
    }
    return { status: done ? 'done' : 'dismissed', closedAt: now };
  };
}

/**
 * The reminders one contact should have, as changes to the ones it has. Pure and idempotent:
 * applying the result and deriving again yields nothing to do (see source-key.ts).
 * Due times in the past are kept, not skipped: such a reminder is due at once and notifies
 * once (firedAt), which is what imported histories need.
 */
export function deriveReminders(input: DeriveInput): DeriveResult {
  const facts: Facts = {
    contact: input.contact,
    events: input.events.filter((e) => e.contactId === input.contact.id).sort((a, b) => a.at - b.at),
    meetings: input.meetings.filter((m) => m.contactId === input.contact.id),
    existing: input.existing.filter((r) => r.contactId === input.contact.id),
    settings: input.settings,
    now: input.now,
  };
  const wanted = [
    ...nudgeRule(facts),
    ...meetingRules(facts),
    ...keepInTouchRule(facts),
    ...referralRule(facts),
  ];
  return reconcile(wanted, facts.existing, {
    contactId: input.contact.id,
    now: input.now,
    newId: input.newId,
    retirement: retirementFor(facts, keepInTouchAnchor(facts)),
  });
}
