import { formatDateTime, isoMoment } from '@/lib/format/dates';
import type { TimelineEvent } from '@/lib/timeline/event';
import { describeEvent } from '@/lib/timeline/describe';

/** The contact's history, newest first: every stage change with what caused it. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="hint">Nothing has happened yet.</p>;
  const sorted = [...events].sort((a, b) => b.at - a.at);
  return (
    <ol className="timeline" aria-label="Stage timeline">
      {sorted.map((e) => {
        const line = describeEvent(e);
        return (
          <li key={e.id}>
            <time dateTime={isoMoment(e.at)}>{formatDateTime(e.at)}</time>{' '}
            {line.toStage ? (
              <>
                {line.fromStage} → <strong>{line.toStage}</strong>
              </>
            ) : (
              <strong>{line.what}</strong>
            )}
            {line.cause && <span className="hint"> · {line.cause}</span>}
          </li>
        );
      })}
    </ol>
  );
}
