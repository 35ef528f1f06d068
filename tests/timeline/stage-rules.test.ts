import { STAGES, type Stage } from '@/lib/contacts/stage';
import { TimelineEvent } from '@/lib/timeline/event';
import { nextStageFor, stageChangeEvent, stageChangeFor } from '@/lib/timeline/stage-rules';

describe('nextStageFor', () => {
  it.each<[Stage, TimelineEvent['type'], string | undefined, Stage | null]>([
    ['identified', 'outreach-sent', 'cold-ask', 'requested'],
    ['researching', 'outreach-sent', 'referral-intro', 'requested'],
    ['researching', 'outreach-sent', 'connection-note', 'requested'],
    ['requested', 'outreach-sent', 'no-reply-nudge', null],
    ['scheduled', 'outreach-sent', 'meeting-confirmation', null],
    ['scheduled', 'outreach-sent', 'cold-ask', null], // never backwards
    ['requested', 'meeting-scheduled', undefined, 'scheduled'],
    ['researching', 'meeting-scheduled', undefined, 'scheduled'],
    ['scheduled', 'interview-logged', undefined, 'interviewed'],
    ['requested', 'interview-logged', undefined, 'interviewed'],
    ['interviewed', 'thank-you-sent', undefined, 'thanked'],
    ['interviewed', 'outreach-sent', 'thank-you', 'thanked'],
    ['scheduled', 'thank-you-sent', undefined, 'thanked'],
    ['requested', 'thank-you-sent', undefined, null], // thanks for a reply is not the method's thank-you
    ['thanked', 'check-in-logged', undefined, 'keeping-in-touch'],
    ['thanked', 'outreach-sent', 'check-in', 'keeping-in-touch'],
    ['requested', 'check-in-logged', undefined, null],
    ['keeping-in-touch', 'meeting-scheduled', undefined, null], // a second coffee keeps the stage
    ['keeping-in-touch', 'thank-you-sent', undefined, null],
    ['requested', 'reply-logged', undefined, null],
    ['scheduled', 'meeting-cancelled', undefined, null],
    ['identified', 'captured', undefined, null],
    ['identified', 'referral-added', undefined, null],
  ])('%s + %s (%s) → %s', (from, type, kind, to) => {
    expect(nextStageFor(from, type, kind)).toBe(to);
  });

  it('never moves a contact out of an exit by itself', () => {
    for (const exit of ['no-reply', 'declined', 'archived'] as const) {
      for (const type of TimelineEvent.shape.type.options) {
        expect(nextStageFor(exit, type, 'cold-ask')).toBeNull();
        expect(nextStageFor(exit, type, 'thank-you')).toBeNull();
      }
    }
  });

  it('only ever moves forward', () => {
    for (const from of STAGES) {
      for (const type of TimelineEvent.shape.type.options) {
        for (const kind of [undefined, 'cold-ask', 'thank-you', 'check-in']) {
          const to = nextStageFor(from, type, kind);
          if (to) expect(STAGES.indexOf(to)).toBeGreaterThan(STAGES.indexOf(from));
        }
      }
    }
  });
});

describe('stage-changed events', () => {
  it('stageChangeEvent records from, to and cause', () => {
    const e = stageChangeEvent({ id: 'e9', contactId: 'c1', from: 'requested', to: 'declined', at: 1_700_000_000_005, cause: 'Set by hand' });
    expect(TimelineEvent.parse(e)).toEqual({
      id: 'e9',
      contactId: 'c1',
      at: 1_700_000_000_005,
      type: 'stage-changed',
      fromStage: 'requested',
      toStage: 'declined',
      cause: 'Set by hand',
    });
  });

  it('stageChangeFor turns an event into the stage change it causes, with a cause the timeline shows', () => {
    const sentEvent: TimelineEvent = {
      id: 'e1',
      contactId: 'c1',
      at: 100,
      type: 'outreach-sent',
      cause: 'Marked as sent',
      data: { templateKind: 'cold-ask', channel: 'linkedin', outreachId: 'o1' },
    };
    expect(stageChangeFor(sentEvent, 'researching', 'e2')).toEqual({
      id: 'e2',
      contactId: 'c1',
      at: 100,
      type: 'stage-changed',
      fromStage: 'researching',
      toStage: 'requested',
      cause: 'Marked as sent',
    });
    const scheduledEvent: TimelineEvent = { ...sentEvent, type: 'meeting-scheduled', data: { meetingId: 'm1' } };
    expect(stageChangeFor(scheduledEvent, 'requested', 'e3')?.cause).toBe('Meeting scheduled');
    expect(stageChangeFor(sentEvent, 'requested', 'e4')).toBeNull();
  });
});

describe('TimelineEvent', () => {
  it('refuses unknown types and stages', () => {
    const ok = { id: 'e1', contactId: 'c1', at: 1_700_000_000_001, type: 'reply-logged', cause: 'Reply logged' };
    expect(TimelineEvent.safeParse(ok).success).toBe(true);
    expect(TimelineEvent.safeParse({ ...ok, type: 'job-offered' }).success).toBe(false);
    expect(TimelineEvent.safeParse({ ...ok, toStage: 'hired' }).success).toBe(false);
    expect(TimelineEvent.safeParse({ ...ok, cause: '' }).success).toBe(false);
    expect(TimelineEvent.safeParse({ ...ok, at: 9e15 }).success).toBe(false);
  });
});
