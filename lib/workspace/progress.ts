import { addMonths, startOfMonth } from 'date-fns';
import { STAGES, type Stage } from '@/lib/contacts/stage';

export type FunnelStep = 'saved' | 'requested' | 'scheduled' | 'interviewed' | 'thanked';

export const FUNNEL_LABELS: Record<FunnelStep, string> = {
  saved: 'Saved',
  requested: 'Requested',
  scheduled: 'Replied / scheduled',
  interviewed: 'Interviewed',
  thanked: 'Thanked',
};

export const FUNNEL_STEPS: readonly FunnelStep[] = ['saved', 'requested', 'scheduled', 'interviewed', 'thanked'];

/** Position in the pipeline (identified = 0 … keeping-in-touch = 6). */
const RANK = new Map<Stage, number>(STAGES.map((s, i) => [s, i]));
const rank = (s: Stage): number => RANK.get(s) ?? 0;

/**
 * How far along the pipeline a stage proves the contact got. No reply and Declined both mean a
 * request went out and no meeting came of it; Archived says nothing, so it counts only as saved.
 */
function reachedRank(stage: Stage): number {
  if (stage === 'no-reply' || stage === 'declined') return rank('requested');
  if (stage === 'archived') return rank('identified');
  return rank(stage);
}

const STEP_RANK: Record<FunnelStep, number> = {
  saved: rank('identified'),
  requested: rank('requested'),
  scheduled: rank('scheduled'),
  interviewed: rank('interviewed'),
  thanked: rank('thanked'),
};

export interface ProgressStats {
  funnel: Record<FunnelStep, number>;
  /** Scheduled-or-later ÷ requested-or-later; null before any request went out. */
  replyRate: number | null;
}

/** Funnel and reply rate from a count per stage, which the page reads off the index without loading contacts. */
export function progressFromStageCounts(counts: Partial<Record<Stage, number>>): ProgressStats {
  const funnel: Record<FunnelStep, number> = { saved: 0, requested: 0, scheduled: 0, interviewed: 0, thanked: 0 };
  for (const stage of STAGES) {
    const n = counts[stage] ?? 0;
    const reached = reachedRank(stage);
    for (const step of FUNNEL_STEPS) if (reached >= STEP_RANK[step]) funnel[step] += n;
  }
  return { funnel, replyRate: funnel.requested === 0 ? null : funnel.scheduled / funnel.requested };
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export interface MeetingLike {
  start: number;
  status?: string;
}

function counts(meeting: MeetingLike): boolean {
  return meeting.status !== 'cancelled' && meeting.status !== 'canceled' && Number.isFinite(meeting.start);
}

export interface MonthCount {
  /** Start of the month, epoch ms (local time). */
  month: number;
  count: number;
}

/** Meetings per calendar month for the last `months` months, oldest first, this month last. */
export function meetingsByMonth(meetings: readonly MeetingLike[], now: number, months = 6): MonthCount[] {
  const thisMonth = startOfMonth(now);
  const buckets: MonthCount[] = [];
  for (let i = months - 1; i >= 0; i--) buckets.push({ month: addMonths(thisMonth, -i).getTime(), count: 0 });
  const end = addMonths(thisMonth, 1).getTime();
  const first = buckets[0]?.month ?? end;
  for (const m of meetings) {
    if (!counts(m) || m.start < first || m.start >= end) continue;
    // Buckets are few (6): a linear scan from the end is simpler than date arithmetic per meeting.
    for (let i = buckets.length - 1; i >= 0; i--) {
      const b = buckets[i]!;
      if (m.start >= b.month) {
        b.count += 1;
        break;
      }
    }
  }
  return buckets;
}
