import { describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/contacts/contact';
import { emptyLog, newInterview, type Interview } from '@/lib/interviews/interview';
import type { Meeting } from '@/lib/meetings/meeting';
import { nextStep, templateForKind, type NextStepInput } from '@/lib/method/next-step';
import type { Outreach } from '@/lib/outreach/outreach';
import type { Reminder } from '@/lib/reminders/reminder';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 10, 12);

const person = (over: Partial<NextStepInput['contact']> = {}): NextStepInput['contact'] => ({
  id: 'c1',
  stage: 'identified',
  notes: '',
  ...over,
});
const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  contactId: 'c1',
  start: NOW + 3 * DAY,
  durationMinutes: 20,
  timeZone: 'UTC',
  format: 'call',
  status: 'scheduled',
  createdAt: NOW - 7 * DAY,
  ...over,
});
let seq = 0;
const sent = (kind: string, sentAt: number): Outreach => ({ id: `o${++seq}`, contactId: 'c1', sentAt, kind, channel: 'email', text: 'x' });
const reminder = (kind: Reminder['kind'], dueAt: number, over: Partial<Reminder> = {}): Reminder => ({
  id: `r${++seq}`,
  contactId: 'c1',
  kind,
  dueAt,
  status: 'pending',
  sourceKey: `${kind}:${seq}`,
  createdAt: NOW - 10 * DAY,
  ...over,
});
const logged = (meetingId: string, at: number, referrals: Interview['log']['referrals'] = []): Interview => ({
  ...newInterview({ id: 'i1', contactId: 'c1', meetingId, now: at }),
  log: { ...emptyLog(), referrals },
  loggedAt: at,
});

const step = (over: Partial<NextStepInput> = {}) =>
  nextStep({ contact: person(), meetings: [], interviews: [], outreach: [], reminders: [], now: NOW, ...over });

describe('the next step follows the method', () => {
  it('asks a saved person for a conversation, with the referral intro when someone referred them', () => {
    expect(step()).toMatchObject({ id: 'ask', templateKind: 'cold-ask' });
    expect(step({ contact: person({ stage: 'researching' }) }).templateKind).toBe('research-ask');
    expect(step({ contact: person({ referredById: 'c0' }) }).templateKind).toBe('referral-intro');
    // The referrer has not said their name may be mentioned: no "X suggested…".
    expect(step({ contact: person({ referredById: 'c0', referrerNamed: false }) }).templateKind).toBe('cold-ask');
  });

  it('after the ask: waits, nudges once when the week is up, and never suggests a second nudge', () => {
    const ask = sent('cold-ask', NOW - 8 * DAY);
    const requested = person({ stage: 'requested' });
    const waiting = step({ contact: requested, outreach: [ask], reminders: [reminder('nudge', NOW + DAY)] });
    expect(waiting.id).toBe('wait-for-reply');
    expect(waiting.templateKind).toBeUndefined();
    expect(step({ contact: requested, outreach: [ask], reminders: [reminder('nudge', NOW - HOUR)] })).toMatchObject({
      id: 'nudge',
      templateKind: 'no-reply-nudge',
    });
    // The nudge went out: the reminder may still be open (not re-derived yet), the step must not repeat it.
    const nudged = [ask, sent('no-reply-nudge', NOW - HOUR)];
    const after = step({ contact: requested, outreach: nudged, reminders: [reminder('nudge', NOW - DAY)] });
    expect(after.id).toBe('wait-for-reply');
    expect(after.templateKind).not.toBe('no-reply-nudge');
    const silent = step({ contact: requested, outreach: nudged, reminders: [reminder('mark-no-reply', NOW - HOUR)] });
    expect(silent).toMatchObject({ id: 'mark-no-reply', label: 'Mark as No reply' });
    expect(silent.templateKind).toBeUndefined();
  });

  it('before the meeting: confirm while the confirmation is wanted, then prepare', () => {
    const scheduled = person({ stage: 'scheduled' });
    const m = meeting();
    expect(step({ contact: scheduled, meetings: [m], reminders: [reminder('confirm-meeting', NOW - HOUR, { meetingId: 'm1' })] })).toMatchObject({
      id: 'confirm',
      templateKind: 'meeting-confirmation',
      meetingId: 'm1',
    });
    const confirmed = step({
      contact: scheduled,
      meetings: [m],
      outreach: [sent('meeting-confirmation', NOW - HOUR)],
      reminders: [reminder('confirm-meeting', NOW - HOUR, { meetingId: 'm1' })],
    });
    expect(confirmed.id).toBe('meet');
  });

  it('a meeting in the past asks for the interview log first, then the thank-you — never the confirmation', () => {
    const scheduled = person({ stage: 'scheduled' });
    const past = meeting({ start: NOW - 2 * HOUR });
    // The confirm reminder was never re-derived away: it must not win.
    const stale = reminder('confirm-meeting', NOW - DAY, { meetingId: 'm1' });
    const first = step({ contact: scheduled, meetings: [past], reminders: [stale] });
    expect(first).toMatchObject({ id: 'log-interview', label: 'Log the interview', meetingId: 'm1' });
    expect(first.templateKind).toBeUndefined();
    const second = step({ contact: person({ stage: 'interviewed' }), meetings: [past], interviews: [logged('m1', NOW - HOUR)], reminders: [stale] });
    expect(second).toMatchObject({ id: 'thank', label: 'Send the thank-you', templateKind: 'thank-you' });
    expect(second.reason).toMatch(/24 hours/);
  });

  it('after the thank-you: ask for names unless they gave some, then keep in touch', () => {
    const past = meeting({ start: NOW - 2 * DAY });
    const base = { contact: person({ stage: 'thanked' }), meetings: [past], outreach: [sent('thank-you', NOW - DAY)] };
    expect(step({ ...base, interviews: [logged('m1', NOW - DAY)] })).toMatchObject({ id: 'ask-for-names', templateKind: 'ask-for-names' });
    expect(step({ ...base, interviews: [logged('m1', NOW - DAY, [{ name: 'Lee Park' }])] })).toMatchObject({
      id: 'keep-in-touch',
      templateKind: 'check-in',
    });
    expect(step({ ...base, interviews: [], outreach: [...base.outreach, sent('ask-for-names', NOW - HOUR)] }).id).toBe('keep-in-touch');
  });

  it('a cancelled meeting is not a meeting, and an exit stage has nothing to draft', () => {
    const cancelled = meeting({ start: NOW - 2 * HOUR, status: 'cancelled' });
    expect(step({ contact: person({ stage: 'scheduled' }), meetings: [cancelled] }).id).toBe('book-meeting');
    const gone = step({ contact: person({ stage: 'no-reply' }) as Pick<Contact, 'id' | 'stage' | 'notes'> });
    expect(gone.id).toBe('none');
    expect(gone.templateKind).toBeUndefined();
  });

  it('each message step opens a shipped template of its kind', () => {
    const kinds = ['cold-ask', 'referral-intro', 'research-ask', 'no-reply-nudge', 'meeting-confirmation', 'thank-you', 'ask-for-names', 'check-in'];
    for (const kind of kinds) expect(templateForKind(DEFAULT_TEMPLATES, kind)?.kind).toBe(kind);
  });
});
