import type { Outreach } from '@/lib/outreach/outreach';

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
              <time dateTime={new Date(o.sentAt).toISOString()}>{new Date(o.sentAt).toLocaleString()}</time>{' '}
              <span className="hint">
                · {o.kind} · {o.channel}
              </span>
            </div>
            {o.subject && <div className="outreach-subject">{o.subject}</div>}
            <pre className="outreach-text">{o.text}</pre>
          </li>
        ))}
    </ul>
  );
}
