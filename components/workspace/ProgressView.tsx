import { formatMonth } from '@/lib/format/dates';
import { FUNNEL_LABELS, FUNNEL_STEPS, formatRate, type MonthCount, type ProgressStats } from '@/lib/workspace/progress';
import { BarChart } from './BarChart';

export interface ProgressViewProps {
  stats: ProgressStats;
  /** Undefined until the product records meetings. */
  meetingsByMonth?: readonly MonthCount[];
}

export function ProgressView({ stats, meetingsByMonth }: ProgressViewProps) {
  const thisMonth = meetingsByMonth?.[meetingsByMonth.length - 1]?.count;
  return (
    <div className="progress">
      <dl className="stat-cards">
        <div className="stat">
          <dt>Reply rate</dt>
          <dd>{formatRate(stats.replyRate)}</dd>
          <dd className="hint">
            {stats.funnel.scheduled} of {stats.funnel.requested} requests led to a meeting
          </dd>
        </div>
        <div className="stat">
          <dt>Meetings this month</dt>
          <dd>{thisMonth ?? '—'}</dd>
        </div>
        <div className="stat">
          <dt>Conversations held</dt>
          <dd>{stats.funnel.interviewed}</dd>
        </div>
      </dl>
      <BarChart title="Your pipeline: how far each contact has got" bars={FUNNEL_STEPS.map((s) => ({ label: FUNNEL_LABELS[s], value: stats.funnel[s] }))} />
      {meetingsByMonth && meetingsByMonth.length > 0 && (
        <BarChart title="Meetings per month" bars={meetingsByMonth.map((m) => ({ label: formatMonth(m.month), value: m.count }))} />
      )}
      <p className="hint">
        A contact counts for every step it has reached. “No reply” and “Declined” count as requested without a meeting.
      </p>
    </div>
  );
}
