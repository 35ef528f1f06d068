import { useState } from 'react';

export interface DueItem {
  reminderId: string;
  contactId: string;
  contactName: string;
  /** "Send a thank-you to Priya" — what to do, in words. */
  action: string;
  /** "due today", "2 days overdue". */
  when: string;
  /** A request and its one nudge went unanswered: the method says stop and mark No reply. */
  suggestsNoReply?: boolean;
  /** false when the next step is no message (log the interview): no Draft button. */
  draftable?: boolean;
  /** Where a step that is no message is done (the contact's page), shown instead of Draft. */
  contactHref?: string | undefined;
  /** false when the item shows a later step than its reminder: Done would claim the wrong thing. */
  canComplete?: boolean;
}

interface Props<T extends DueItem> {
  items: T[];
  onDraft: (item: T) => void;
  onDone: (item: T) => void;
  onSnooze: (item: T, days: number) => void;
  onDismiss: (item: T) => void;
  onMarkNoReply?: (item: T) => void;
  /** A sentence about the last action (a snooze kept inside the thank-you window). */
  notice?: string | undefined;
}

const SNOOZE_CHOICES = [
  { days: 1, label: '1 day' },
  { days: 3, label: '3 days' },
  { days: 7, label: '1 week' },
];

/** Follow-ups that are due now, first thing in the popup. */
export function DueList<T extends DueItem>({ items, onDraft, onDone, onSnooze, onDismiss, onMarkNoReply, notice }: Props<T>) {
  const [snoozing, setSnoozing] = useState<string>();
  if (items.length === 0) return notice ? <p role="status" className="status-line">{notice}</p> : null;
  return (
    <section aria-labelledby="due-heading" className="due">
      <h2 id="due-heading">Due</h2>
      {notice && (
        <p role="status" className="status-line">
          {notice}
        </p>
      )}
      <ul className="due-list">
        {items.map((item) => (
          <li key={item.reminderId} data-testid="due-item">
            <div className="due-text">
              <span className="contact-name">{item.action}</span>
              <span className="contact-headline">{item.when}</span>
            </div>
            <div className="due-actions">
              {item.suggestsNoReply && onMarkNoReply && (
                <button type="button" onClick={() => onMarkNoReply(item)}>
                  Mark No reply
                </button>
              )}
              {item.draftable !== false ? (
                <button type="button" className={item.suggestsNoReply ? 'secondary' : undefined} onClick={() => onDraft(item)}>
                  Draft
                </button>
              ) : (
                item.contactHref && (
                  <a className="button" href={item.contactHref} target="_blank" rel="noreferrer">
                    Open {item.contactName}
                  </a>
                )
              )}
              {item.canComplete !== false && (
                <button type="button" className="secondary" onClick={() => onDone(item)}>
                  Done
                </button>
              )}
              <button
                type="button"
                className="secondary"
                aria-expanded={snoozing === item.reminderId}
                onClick={() => setSnoozing(snoozing === item.reminderId ? undefined : item.reminderId)}
              >
                Snooze
              </button>
              <button type="button" className="secondary" onClick={() => onDismiss(item)}>
                Dismiss
              </button>
            </div>
            {snoozing === item.reminderId && (
              <div role="group" aria-label={`Snooze ${item.action}`} className="due-actions">
                {SNOOZE_CHOICES.map((c) => (
                  <button
                    key={c.days}
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setSnoozing(undefined);
                      onSnooze(item, c.days);
                    }}
                  >
                    {c.label}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
