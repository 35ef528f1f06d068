import { DAY, at, contact, derive, sent, settle } from './builders';

const ADDED_AT = at('2025-06-03T09:00:00Z');
const referred = contact({ id: 'c1', stage: 'identified', referredById: 'c0', createdAt: ADDED_AT });

describe('reach out to a referral', () => {
  it('within referralReachOutDays of the referred contact being added', async () => {
    expect(await settle({ contact: referred, events: [], meetings: [], now: ADDED_AT })).toMatchObject([
      { kind: 'reach-out-referral', contactId: 'c1', dueAt: ADDED_AT + 7 * DAY, sourceKey: 'referral:c1' },
    ]);
  });

  it('also while researching them; not for contacts nobody referred', async () => {
    expect(await settle({ contact: { ...referred, stage: 'researching' }, events: [], meetings: [], now: ADDED_AT })).toHaveLength(1);
    expect(await settle({ contact: { ...referred, referredById: undefined }, events: [], meetings: [], now: ADDED_AT })).toEqual([]);
  });

  it('sending the referral intro completes it', async () => {
    const existing = await settle({ contact: referred, events: [], meetings: [], now: ADDED_AT });
    const intro = sent('referral-intro', ADDED_AT + 2 * DAY, 'o1');
    const result = derive({ contact: { ...referred, stage: 'requested' }, events: [intro], meetings: [], existing, now: intro.at }, () => 'r2');
    expect(result.retire).toEqual([{ id: 'r1', status: 'done', closedAt: intro.at }]);
    // The intro is a request: its nudge takes over.
    expect(result.create).toMatchObject([{ kind: 'nudge', sourceKey: 'nudge:c1:o1' }]);
  });

  it('archiving the referral dismisses it', async () => {
    const existing = await settle({ contact: referred, events: [], meetings: [], now: ADDED_AT });
    const result = derive({ contact: { ...referred, stage: 'archived' }, events: [], meetings: [], existing, now: ADDED_AT + DAY });
    expect(result.retire).toEqual([{ id: 'r1', status: 'dismissed', closedAt: ADDED_AT + DAY }]);
  });
});
