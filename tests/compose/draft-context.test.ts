import { describe, expect, it } from 'vitest';
import { Contact } from '@/lib/contacts/contact';
import { draftContext, lintContext, relevantMeeting } from '@/lib/compose/draft-context';
import { inMethodOrder, templateForKind } from '@/lib/method/next-step';
import { newInterview } from '@/lib/interviews/interview';
import type { Meeting } from '@/lib/meetings/meeting';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { buildVariableValues, renderTemplate } from '@/lib/templates/render';
import type { TimelineEvent } from '@/lib/timeline/event';

const NOW = Date.UTC(2026, 10, 23, 12);
const contact = Contact.parse({
  id: 'c1',
  fullName: 'Ben Okafor',
  firstName: 'Ben',
  currentCompany: 'Northwind',
  experience: [],
  education: [],
  createdAt: NOW,
  updatedAt: NOW,
  referredById: 'r1',
});
const referrer = Contact.parse({ ...contact, id: 'r1', fullName: 'Priya Raman', referredById: undefined });
const meeting = (id: string, start: number, status: Meeting['status'] = 'scheduled'): Meeting => ({
  id,
  contactId: 'c1',
  start,
  durationMinutes: 20,
  timeZone: 'UTC',
  place: 'Café Nero',
  format: 'coffee',
  status,
  createdAt: NOW,
});
const event = (id: string, at: number, over: Partial<TimelineEvent>): TimelineEvent => ({
  id,
  contactId: 'c1',
  at,
  type: 'outreach-sent',
  cause: 'Marked as sent',
  ...over,
});

describe('draft context', () => {
  it('fills the meeting, the latest takeaway and next step, and the referrer', () => {
    const interview = { ...newInterview({ id: 'i', contactId: 'c1', now: NOW }) };
    interview.log = { ...interview.log, takeaways: ['', 'Recruit through clinic staff'], nextSteps: ['Send the survey draft'] };
    const ctx = draftContext({
      contact,
      referrer,
      meetings: [meeting('old', NOW - 86_400_000), meeting('next', Date.UTC(2026, 10, 30, 10))],
      interviews: [interview],
      events: [],
      now: NOW,
      locale: 'en-GB',
    });
    expect(ctx).toMatchObject({
      referrerName: 'Priya Raman',
      meetingDate: 'Monday 30 November',
      meetingPlace: 'Café Nero',
      takeaway: 'Recruit through clinic staff',
      nextStep: 'Send the survey draft',
    });
    expect(ctx.meetingTime).toMatch(/10:00/);
    expect(ctx.researchNote).toBeUndefined();
  });

  it('leaves the referrer out when their name may not be mentioned', () => {
    const quiet = { ...contact, referrerNamed: false };
    const sources = { contact: quiet, referrer, meetings: [], interviews: [], events: [], now: NOW };
    expect(draftContext(sources).referrerName).toBeUndefined();
    expect(lintContext(sources).referrerName).toBeUndefined();
  });

  it('ignores cancelled meetings, and prefers the next one over a past one', () => {
    expect(relevantMeeting([meeting('a', NOW + 1000, 'cancelled'), meeting('b', NOW - 1000)], NOW)?.id).toBe('b');
    expect(relevantMeeting([meeting('a', NOW + 1000), meeting('b', NOW - 1000)], NOW)?.id).toBe('a');
  });

  it('counts nudges sent since the last reply, for the second-nudge advice', () => {
    const events = [
      event('1', NOW - 20, { data: { templateKind: 'no-reply-nudge' } }),
      event('2', NOW - 10, { type: 'reply-logged', cause: 'Reply logged' }),
      event('3', NOW - 5, { data: { templateKind: 'no-reply-nudge' } }),
    ];
    expect(lintContext({ contact, meetings: [], interviews: [], events, now: NOW })).toMatchObject({
      priorUnansweredNudges: 1,
      hasReplied: true,
    });
  });
});

describe('template choice', () => {
  it('opens the shipped template of a kind, and lists templates in the order of the method', () => {
    expect(templateForKind(DEFAULT_TEMPLATES, 'thank-you')?.id).toBe('default-thank-you');
    expect(templateForKind(DEFAULT_TEMPLATES, null)).toBeUndefined();
    const kinds = inMethodOrder([...DEFAULT_TEMPLATES].reverse()).map((t) => t.kind);
    expect(kinds.slice(0, 3)).toEqual(['cold-ask', 'referral-intro', 'alumni-ask']);
    expect(kinds.at(-1)).toBe('ask-for-names');
  });
});

describe('a meeting saved without a place', () => {
  it('leaves the place as a blank in the confirmation draft, for the user to fill', () => {
    const confirmation = templateForKind(DEFAULT_TEMPLATES, 'meeting-confirmation')!;
    const m = { id: 'm', contactId: 'c', start: Date.UTC(2026, 0, 5, 15), durationMinutes: 20, timeZone: 'UTC', format: 'coffee' as const, status: 'scheduled' as const, createdAt: 0 };
    const values = buildVariableValues({ context: draftContext({ contact, meetings: [m], interviews: [], events: [], now: 0 }) });
    const rendered = renderTemplate(confirmation.body, values);
    expect(rendered.missing).toContain('meetingPlace');
    expect(rendered.missing).not.toContain('meetingDate');
  });
});
