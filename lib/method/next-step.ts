import type { Contact } from '@/lib/contacts/contact';
import { EXIT_STAGES, STAGE_LABELS } from '@/lib/contacts/stage';
import type { Interview } from '@/lib/interviews/interview';
import { agreedAt, meetingEnd, type Meeting } from '@/lib/meetings/meeting';
import type { Outreach } from '@/lib/outreach/outreach';
import { effectiveDueAt, isOpen, type Reminder, type ReminderKind } from '@/lib/reminders/reminder';
import { TEMPLATE_KINDS, type Template, type TemplateKind } from '@/lib/templates/template';
import { isRequestKind } from '@/lib/timeline/event-kinds';

/**
 * Where one person is in the method (../shared/method.md), as the one thing to do next:
 * identify → research → ask → confirm → meet → log the interview → thank within 24 h →
 * ask for names → keep in touch. The draft the popup opens with, the Due list and the
 * notifications all read it, so they never disagree.
 */
export type StepId =
  | 'ask'
  | 'wait-for-reply'
  | 'nudge'
  | 'mark-no-reply'
  | 'book-meeting'
  | 'confirm'
  | 'meet'
  | 'log-interview'
  | 'thank'
  | 'ask-for-names'
  | 'keep-in-touch'
  | 'none';

export interface NextStep {
  id: StepId;
  /** What to do, in plain words: "Log the interview", "Send the thank-you". */
  label: string;
  /** Why this is the step, as a sentence the user can act on. */
  reason: string;
  /** The message to draft, when the step is a message. */
  templateKind?: TemplateKind;
  /** The meeting the step is about (confirm, meet, log, thank). */
  meetingId?: string;
}

export interface NextStepInput {
  contact: Pick<Contact, 'id' | 'stage' | 'referredById' | 'referrerNamed' | 'notes'>;
  meetings: readonly Meeting[];
  interviews: readonly Interview[];
  outreach: readonly Outreach[];
  reminders: readonly Reminder[];
  now: number;
}

const THANKED_STAGES = ['thanked', 'keeping-in-touch'] as const;
const sentOfKind = (outreach: readonly Outreach[], kind: TemplateKind, since = -Infinity) =>
  outreach.filter((o) => o.kind === kind && o.sentAt >= since);

function interviewLogged(interviews: readonly Interview[], m: Meeting): boolean {
  return interviews.some(
    (i) => i.loggedAt !== undefined && (i.meetingId ? i.meetingId === m.id : i.loggedAt >= m.start),
  );
}

function thanked({ contact, outreach }: NextStepInput, since: number): boolean {
  return (THANKED_STAGES as readonly string[]).includes(contact.stage) || sentOfKind(outreach, 'thank-you', since).length > 0;
}

/** After the meeting: log it while it is fresh, then thank within 24 hours. Null once both are done. */
function afterMeeting(input: NextStepInput, m: Meeting): NextStep | null {
  const alreadyThanked = thanked(input, m.start);
  if (!alreadyThanked && !interviewLogged(input.interviews, m)) {
    return {
      id: 'log-interview',
      label: 'Log the interview',
      reason: 'Your meeting has ended: write down the takeaways, the names they gave you and the next steps while they are fresh. The thank-you is drafted from them.',
      meetingId: m.id,
    };
  }
  if (alreadyThanked) return null;
  const deadline = meetingEnd(m) + 24 * 60 * 60 * 1000;
  return {
    id: 'thank',
    label: 'Send the thank-you',
    reason:
      input.now <= deadline
        ? 'A thank-you within 24 hours of the meeting, naming something you learned, is what people remember.'
        : 'More than 24 hours have passed since the meeting; a thank-you now is still better than none.',
    templateKind: 'thank-you',
    meetingId: m.id,
  };
}

function beforeMeeting(input: NextStepInput, m: Meeting): NextStep {
  if (input.now >= m.start) {
    return { id: 'meet', label: 'Have the conversation', reason: 'Your meeting is happening now. Keep to the time you asked for.', meetingId: m.id };
  }
  // A confirmation sent before the meeting last moved was for the old time.
  const confirmed = sentOfKind(input.outreach, 'meeting-confirmation', agreedAt(m)).length > 0;
  // A moved meeting can also have the closed reminder for its old time: an open one decides.
  // Booked too late for a confirmation (the rules made none, or it was dismissed): go and meet.
  const wantsConfirm = !confirmed && input.reminders.some((r) => r.kind === 'confirm-meeting' && r.meetingId === m.id && isOpen(r));
  if (wantsConfirm) {
    return {
      id: 'confirm',
      label: 'Confirm the meeting',
      reason: 'Confirm a couple of days before, with the topics you hope to cover.',
      templateKind: 'meeting-confirmation',
      meetingId: m.id,
    };
  }
  return { id: 'meet', label: 'Prepare for the meeting', reason: 'Pick the questions you want to ask, and have your research at hand.', meetingId: m.id };
}

/** After the thank-you: names of two more people to talk to, then a check-in every quarter. */
function afterThanks({ interviews, outreach }: NextStepInput): NextStep {
  const gaveNames = interviews.some((i) => i.log.referrals.length > 0);
  if (!gaveNames && sentOfKind(outreach, 'ask-for-names').length === 0) {
    return {
      id: 'ask-for-names',
      label: 'Ask who else to talk to',
      reason: 'Ask for two or three other people to talk to, and whether you may mention their name.',
      templateKind: 'ask-for-names',
    };
  }
  return {
    id: 'keep-in-touch',
    label: 'Keep in touch',
    reason: 'Send an update when you follow their advice or have news, or a plain check-in every quarter.',
    templateKind: 'check-in',
  };
}

/** Requested: wait a week, nudge once, then stop. Never a second nudge. */
function afterAsk({ outreach, reminders, now }: NextStepInput): NextStep {
  const lastAsk = outreach.filter((o) => isRequestKind(o.kind)).reduce((at, o) => Math.max(at, o.sentAt), -Infinity);
  const nudged = sentOfKind(outreach, 'no-reply-nudge', lastAsk).length > 0;
  const open = (kind: ReminderKind) => reminders.find((r) => r.kind === kind && isOpen(r));
  if (nudged) {
    const markNoReply = open('mark-no-reply');
    if (markNoReply && effectiveDueAt(markNoReply) <= now) {
      return {
        id: 'mark-no-reply',
        label: 'Mark as No reply',
        reason: 'You asked and nudged once with no answer. The method says stop here; you can still check in later.',
      };
    }
    return { id: 'wait-for-reply', label: 'Wait for a reply', reason: 'You sent your one nudge. Give them time; a second nudge would feel like pressure.' };
  }
  const nudge = open('nudge');
  if (nudge && effectiveDueAt(nudge) <= now) {
    return {
      id: 'nudge',
      label: 'Send one nudge',
      reason: 'A week has passed without an answer: one short, polite nudge, then stop.',
      templateKind: 'no-reply-nudge',
    };
  }
  if (nudge) {
    return { id: 'wait-for-reply', label: 'Wait for a reply', reason: 'If there is no answer after a week, send one polite nudge.' };
  }
  // No nudge is wanted any more: they answered (a logged reply retires it).
  return { id: 'book-meeting', label: 'Book the meeting', reason: 'When they agree to talk, add the date and time so the confirmation and thank-you follow.' };
}

function firstAsk({ contact }: NextStepInput): NextStep {
  const referred = Boolean(contact.referredById) && contact.referrerNamed !== false;
  const researched = contact.stage === 'researching' || contact.notes.trim() !== '';
  if (referred) {
    return {
      id: 'ask',
      label: 'Send the referral intro',
      reason: 'Being referred is the strongest opening line: say who suggested you get in touch.',
      templateKind: 'referral-intro',
    };
  }
  return {
    id: 'ask',
    label: 'Ask for a 20-minute conversation',
    reason: researched
      ? 'Cite something you found in your research: it shows your homework and makes the ask specific.'
      : 'Read their profile and work first; one line showing your homework makes the ask land.',
    templateKind: researched ? 'research-ask' : 'cold-ask',
  };
}

export function nextStep(input: NextStepInput): NextStep {
  const { contact, meetings, now } = input;
  if (EXIT_STAGES.includes(contact.stage)) {
    return { id: 'none', label: 'Nothing to do', reason: `They are marked ${STAGE_LABELS[contact.stage]}. Move them back on the board to pick up again.` };
  }
  const live = meetings.filter((m) => m.contactId === contact.id && m.status !== 'cancelled').sort((a, b) => a.start - b.start);
  const upcoming = live.find((m) => meetingEnd(m) > now && m.status !== 'done');
  const held = live.filter((m) => meetingEnd(m) <= now || m.status === 'done');
  // The latest meeting that ended decides: log it, then thank for it.
  const lastHeld = held.at(-1);
  if (lastHeld) {
    const step = afterMeeting(input, lastHeld);
    if (step) return step;
  }
  if (upcoming) return beforeMeeting(input, upcoming);
  if (lastHeld) return afterThanks(input);

  switch (contact.stage) {
    case 'identified':
    case 'researching':
      return firstAsk(input);
    case 'requested':
      return afterAsk(input);
    case 'scheduled':
      return { id: 'book-meeting', label: 'Add the meeting time', reason: 'Add the date and time you agreed, so the confirmation and thank-you follow.' };
    case 'interviewed':
      // Logged without a meeting on record: the thank-you is still due.
      return thanked(input, -Infinity)
        ? afterThanks(input)
        : { id: 'thank', label: 'Send the thank-you', reason: 'Thank them within 24 hours, naming something you learned.', templateKind: 'thank-you' };
    default:
      return afterThanks(input);
  }
}

/** The template to draft a step (or a kind) with: the shipped one of that kind first, else any of that kind. */
export function templateForKind(templates: readonly Template[], kind: string | null | undefined): Template | undefined {
  if (!kind) return undefined;
  const ofKind = templates.filter((t) => t.kind === kind);
  return ofKind.find((t) => t.isDefault) ?? ofKind[0];
}

/** Templates in the order of the method (cold ask … ask for names, then custom), then by name. */
export function inMethodOrder(templates: readonly Template[]): Template[] {
  const rank = (t: Template) => TEMPLATE_KINDS.indexOf(t.kind);
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The step a reminder stands for: a due reminder that no longer matches the next step is stale. */
export const REMINDER_STEP: Record<ReminderKind, StepId> = {
  nudge: 'nudge',
  'confirm-meeting': 'confirm',
  'thank-you': 'thank',
  'keep-in-touch': 'keep-in-touch',
  'reach-out-referral': 'ask',
  'mark-no-reply': 'mark-no-reply',
};
