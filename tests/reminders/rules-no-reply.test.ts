import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { DAY, at, byKind, contact, derive, event, open, sent, applied, settle } from './builders';

const REQUEST_AT = at('2025-06-01T10:00:00Z');
const request = sent('cold-ask', REQUEST_AT, 'o1');

describe('nudge after a request with no reply', () => {
  it('asks for one nudge nudgeAfterDays after the request', async () => {
    const reminders = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT + DAY });
    expect(reminders).toEqual([
      {
        id: 'r1',
        contactId: 'c1',
        kind: 'nudge',
        dueAt: at('2025-06-08T10:00:00Z'),
        status: 'pending',
        sourceKey: 'nudge:c1:o1',
        createdAt: REQUEST_AT + DAY,
      },
    ]);
  });

  it('only for requests: a confirmation or a "who else" message does not start a nudge', async () => {
    const events = [sent('meeting-confirmation', REQUEST_AT), sent('who-else', REQUEST_AT)];
    expect(await settle({ contact: contact(), events, meetings: [], now: REQUEST_AT })).toEqual([]);
  });

  it('only while the contact is in Requested', async () => {
    for (const stage of ['researching', 'scheduled', 'declined', 'archived'] as const) {
      expect(await settle({ contact: contact({ stage }), events: [request], meetings: [], now: REQUEST_AT })).toEqual([]);
    }
  });

  it('a logged reply retires the pending nudge as dismissed', async () => {
    const existing = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const reply = event('reply-logged', REQUEST_AT + 2 * DAY);
    const result = derive({ contact: contact(), events: [request, reply], meetings: [], existing, now: REQUEST_AT + 3 * DAY });
    expect(result).toEqual({
      create: [],
      update: [],
      retire: [{ id: 'r1', status: 'dismissed', closedAt: REQUEST_AT + 3 * DAY }],
    });
  });

  it('once a reply is logged, the stored nudge is closed: the user is not nudged after a reply', async () => {
    const existing = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const reply = event('reply-logged', REQUEST_AT + 2 * DAY);
    const after = await settle({ contact: contact(), events: [request, reply], meetings: [], existing, now: REQUEST_AT + 3 * DAY });
    expect(open(after)).toEqual([]);
    expect(after).toMatchObject([{ id: 'r1', kind: 'nudge', status: 'dismissed', closedAt: REQUEST_AT + 3 * DAY }]);
  });

  it('after the nudge is sent: the nudge is done and, still no reply, it suggests No reply — never a second nudge', async () => {
    const first = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const nudgeAt = at('2025-06-08T12:00:00Z');
    const events = [request, sent('no-reply-nudge', nudgeAt, 'o2')];
    const now = nudgeAt + DAY;
    const result = derive({ contact: contact(), events, meetings: [], existing: first, now }, () => 'r2');
    expect(result.retire).toEqual([{ id: 'r1', status: 'done', closedAt: now }]);
    expect(result.create).toMatchObject([
      { id: 'r2', kind: 'mark-no-reply', sourceKey: 'no-reply:c1:o2', dueAt: at('2025-06-15T12:00:00Z') },
    ]);

    // Weeks later, still silent: nothing new (one nudge ever for this request).
    const after = await applied(first, result);
    const later = await settle({ contact: contact(), events, meetings: [], existing: after, now: at('2025-07-30T00:00:00Z') });
    expect(byKind(later, 'nudge')).toHaveLength(1);
    expect(byKind(later, 'mark-no-reply')).toHaveLength(1);
  });

  it('a dismissed nudge is not made again', async () => {
    const first = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const dismissed = first.map((r) => ({ ...r, status: 'dismissed' as const, closedAt: REQUEST_AT + 8 * DAY }));
    expect(
      await settle({ contact: contact(), events: [request], meetings: [], existing: dismissed, now: REQUEST_AT + 9 * DAY }),
    ).toEqual(dismissed);
  });

  it('marking the contact No reply completes the suggestion', async () => {
    const nudgeAt = REQUEST_AT + 7 * DAY;
    const events = [request, sent('no-reply-nudge', nudgeAt, 'o2')];
    const existing = await settle({ contact: contact(), events, meetings: [], now: nudgeAt });
    expect(open(existing).map((r) => r.kind)).toEqual(['mark-no-reply']);
    const now = nudgeAt + 8 * DAY;
    const result = derive({ contact: contact({ stage: 'no-reply' }), events, meetings: [], existing, now });
    expect(result.retire).toEqual([{ id: 'r1', status: 'done', closedAt: now }]);
  });

  it('a second request before the nudge moves the nudge to count from it', async () => {
    const existing = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const second = sent('connection-note', REQUEST_AT + 2 * DAY, 'o3');
    const after = await settle(
      { contact: contact(), events: [request, second], meetings: [], existing, now: REQUEST_AT + 2 * DAY },
      () => 'r2',
    );
    expect(open(after)).toMatchObject([{ id: 'r2', sourceKey: 'nudge:c1:o3', dueAt: REQUEST_AT + 9 * DAY }]);
  });

  it('new settings move a pending nudge', async () => {
    const existing = await settle({ contact: contact(), events: [request], meetings: [], now: REQUEST_AT });
    const settings = { ...DEFAULT_REMINDER_SETTINGS, nudgeAfterDays: 10 };
    const result = derive({ contact: contact(), events: [request], meetings: [], existing, settings, now: REQUEST_AT });
    expect(result.update).toMatchObject([{ id: 'r1', dueAt: REQUEST_AT + 10 * DAY, status: 'pending' }]);
  });
});

describe('a request sent outside Coffee Chat', () => {
  it('moving the card to Requested by hand schedules the one nudge', async () => {
    const { deriveReminders } = await import('@/lib/reminders/rules');
    const { DEFAULT_REMINDER_SETTINGS } = await import('@/lib/reminders/settings');
    const at = Date.UTC(2026, 0, 5, 12);
    const result = deriveReminders({
      contact: { id: 'c1', stage: 'requested', fullName: 'Ana Lima', createdAt: at - 1000 },
      events: [
        { id: 'e1', contactId: 'c1', at, type: 'stage-changed', fromStage: 'identified', toStage: 'requested', cause: 'Set by hand' },
      ],
      meetings: [],
      existing: [],
      settings: DEFAULT_REMINDER_SETTINGS,
      now: at,
      newId: () => 'r1',
    });
    expect(result.create).toHaveLength(1);
    expect(result.create[0]).toMatchObject({ kind: 'nudge', dueAt: at + 7 * 86_400_000 });
  });
});
