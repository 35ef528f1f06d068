import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/contacts/stage';
import { formatRate, meetingsByMonth, progressFromStageCounts } from '@/lib/workspace/progress';

/** The funnel for contacts at these stages, counted per stage as the page counts them. */
function progressFromStages(stages: Stage[]) {
  const counts: Partial<Record<Stage, number>> = {};
  for (const s of stages) counts[s] = (counts[s] ?? 0) + 1;
  return progressFromStageCounts(counts);
}

describe('progressFromStageCounts', () => {
  it('counts a contact for every stage it has reached', () => {
    const stats = progressFromStages(['identified', 'researching', 'requested', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch']);
    expect(stats.funnel).toEqual({ saved: 7, requested: 5, scheduled: 4, interviewed: 3, thanked: 2 });
  });

  it('counts no-reply and declined as requested without a reply; archived only as saved', () => {
    const stats = progressFromStages(['no-reply', 'declined', 'archived']);
    expect(stats.funnel).toEqual({ saved: 3, requested: 2, scheduled: 0, interviewed: 0, thanked: 0 });
    expect(stats.replyRate).toBe(0);
  });

  it('reply rate is scheduled-or-later over requested-or-later', () => {
    const stages: Stage[] = ['requested', 'requested', 'no-reply', 'scheduled', 'interviewed', 'thanked', 'identified'];
    const stats = progressFromStages(stages);
    expect(stats.funnel.requested).toBe(6);
    expect(stats.funnel.scheduled).toBe(3);
    expect(stats.replyRate).toBeCloseTo(0.5);
    expect(formatRate(stats.replyRate)).toBe('50%');
  });

  it('has no reply rate before any request', () => {
    const stats = progressFromStages(['identified', 'researching']);
    expect(stats.replyRate).toBeNull();
    expect(formatRate(stats.replyRate)).toBe('—');
    expect(progressFromStages([]).funnel.saved).toBe(0);
  });
});

describe('meetings', () => {
  const now = new Date(2025, 4, 20, 12).getTime(); // 20 May 2025, local time
  const at = (y: number, m: number, d: number) => new Date(y, m, d, 10).getTime();
  const meetings = [
    { start: at(2025, 4, 1), status: 'scheduled' },
    { start: at(2025, 4, 31), status: 'done' },
    { start: at(2025, 4, 10), status: 'cancelled' },
    { start: at(2025, 3, 30) },
    { start: at(2025, 5, 1), status: 'scheduled' }, // next month
    { start: at(2024, 10, 5), status: 'done' }, // 6 months back: outside the window
  ];

  it('counts this calendar month, skipping cancelled meetings', () => {
    expect(meetingsByMonth(meetings, now).at(-1)?.count).toBe(2);
  });

  it('buckets the last six months, oldest first', () => {
    const months = meetingsByMonth(meetings, now);
    expect(months).toHaveLength(6);
    expect(months.map((m) => new Date(m.month).getMonth())).toEqual([11, 0, 1, 2, 3, 4]);
    expect(months.map((m) => m.count)).toEqual([0, 0, 0, 0, 1, 2]);
  });
});
