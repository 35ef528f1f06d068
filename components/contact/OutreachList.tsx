import { formatDateTime, isoMoment } from '@/lib/format/dates';
import type { Outreach } from '@/lib/outreach/outreach';
import { channelLabel, kindLabel } from '@/lib/templates/template';

/** Messages the user marked as sent, newest first, as sent (text only). */
export function OutreachList({ outreach }: { outreach: Outreach[] }) {
  if (outreach.length === 0) return <p className="hint">No messages marked as sent yet. Draft one from the popup.</p>;
  return (
    <ul className="outreach-list">
      {[...outreach]
        .sort((a, b) => b.sentAt - a.sentAt)
        .map((o) => (
          <li key={o.id}>
            <div>
              <time dateTime={isoMoment(o.sentAt)}>{formatDateTime(o.sentAt)}</time>{' '}
              <span className="hint">
                · {kindLabel(o.kind)} · {channelLabel(o.channel)}
              </span>
            </div>
            {o.subject && <div className="outreach-subject">{o.subject}</div>}
            <pre className="outreach-text">{o.text}</pre>
          </li>
        ))}
    </ul>
  );
}
