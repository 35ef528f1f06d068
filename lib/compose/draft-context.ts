import type { Contact } from '@/lib/contacts/contact';
import { nextStepForThankYou, takeawayForThankYou, type Interview } from '@/lib/interviews/interview';
import type { Meeting } from '@/lib/meetings/meeting';
import { firstNameOf, type DraftContext } from '@/lib/templates/render';
import type { LintContext } from '@/lib/templates/etiquette';
import type { TimelineEvent } from '@/lib/timeline/event';
import { isNudge, isResponse } from '@/lib/timeline/event-kinds';

export interface DraftSources {
  contact: Contact;
  referrer?: Contact | undefined;
  meetings: Meeting[];
  interviews: Interview[];
  events: TimelineEvent[];
  now: number;
  locale?: string;
}

/** The meeting a confirmation or thank-you is about: the next one, else the latest held. */
export function relevantMeeting(meetings: Meeting[], now: number): Meeting | undefined {
  const live = meetings.filter((m) => m.status !== 'cancelled').sort((a, b) => a.start - b.start);
  return live.find((m) => m.start >= now) ?? live.at(-1);
}

/** Everything a template may need about this person, formatted for the user's locale. */
export function draftContext({ contact, referrer, meetings, interviews, now, locale }: DraftSources): DraftContext {
  const meeting = relevantMeeting(meetings, now);
  const latest = [...interviews].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const context: DraftContext = {};
  if (referrer && contact.referrerNamed !== false) {
    context.referrerName = referrer.fullName;
    const first = firstNameOf(referrer);
    if (first) context.referrerFirstName = first;
  }
  // {{researchNote}} stays for the user to fill: notes are free text, and their first line
  // ("Wrote an article on…") rarely reads right inside "I came across your …".
  if (meeting) {
    const opts = { timeZone: meeting.timeZone };
    context.meetingDate = new Date(meeting.start).toLocaleDateString(locale, { ...opts, weekday: 'long', month: 'long', day: 'numeric' });
    context.meetingTime = new Date(meeting.start).toLocaleTimeString(locale, { ...opts, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    const place = meeting.link ?? meeting.place;
    if (place) context.meetingPlace = place;
  }
  if (latest) {
    const takeaway = takeawayForThankYou(latest);
    const nextStep = nextStepForThankYou(latest);
    if (takeaway) context.takeaway = takeaway;
    if (nextStep) context.nextStep = nextStep;
  }
  return context;
}

/** The etiquette check's view of the conversation so far. */
export function lintContext({ contact, referrer, events }: DraftSources): LintContext {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const lastReply = sorted.filter(isResponse).at(-1)?.at ?? -Infinity;
  const details = [contact.currentCompany, contact.currentTitle, contact.education[0]?.school].filter(
    (d): d is string => !!d,
  );
  return {
    priorUnansweredNudges: sorted.filter((e) => e.at > lastReply && isNudge(e)).length,
    hasReplied: lastReply > -Infinity,
    ...(contact.firstName ? { recipientFirstName: contact.firstName } : {}),
    ...(contact.source ? { howWeMet: contact.source } : {}),
    ...(referrer && contact.referrerNamed !== false ? { referrerName: referrer.fullName } : {}),
    details,
  };
}
