import { STAGE_LABELS } from '@/lib/contacts/stage';
import type { TimelineEvent } from '@/lib/timeline/event';

const WHAT: Record<TimelineEvent['type'], string> = {
  'stage-changed': 'Stage changed',
  'outreach-sent': 'Message sent',
  'reply-logged': 'Reply logged',
  'meeting-scheduled': 'Meeting scheduled',
  'meeting-cancelled': 'Meeting cancelled',
  'interview-logged': 'Interview logged',
  'thank-you-sent': 'Thank-you sent',
  'check-in-logged': 'Check-in logged',
  'referral-added': 'Referral added',
  captured: 'Saved from LinkedIn',
};

/** The contact's history, newest first: every stage change with what caused it. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="hint">Nothing has happened yet.</p>;
  const sorted = [...events].sort((a, b) => b.at - a.at);
  return (
    <ol className="timeline" aria-label="Stage timeline">
      {sorted.map((e) => (
        <li key={e.id}>
          <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>{' '}
          {e.type === 'stage-changed' && e.toStage ? (
            <>
              {e.fromStage ? STAGE_LABELS[e.fromStage] : '—'} → <strong>{STAGE_LABELS[e.toStage]}</strong>
            </>
          ) : (
            <strong>{WHAT[e.type]}</strong>
          )}
          <span className="hint"> · {e.cause}</span>
        </li>
      ))}
    </ol>
  );
}
