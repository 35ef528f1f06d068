import { formatDateTime, isoMoment } from '@/lib/format/dates';
import { reminderLabel } from '@/lib/reminders/labels';
import { effectiveDueAt, isOpen, type Reminder } from '@/lib/reminders/reminder';

interface Props {
  reminders: Reminder[];
  name: string;
  onDone: (r: Reminder) => void;
  onDismiss: (r: Reminder) => void;
}

/** Open follow-ups for one contact, soonest first. */
export function ReminderList({ reminders, name, onDone, onDismiss }: Props) {
  const open = reminders.filter(isOpen).sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b));
  if (open.length === 0) return <p className="hint">No follow-ups pending.</p>;
  return (
    <ul className="reminder-list" aria-label="Reminders">
      {open.map((r) => (
        <li key={r.id}>
          <span>{reminderLabel(r.kind, { name })}</span>{' '}
          <time className="hint" dateTime={isoMoment(effectiveDueAt(r))}>
            {formatDateTime(effectiveDueAt(r))}
          </time>{' '}
          <button type="button" className="secondary" onClick={() => onDone(r)}>
            Done
          </button>{' '}
          <button type="button" className="secondary" onClick={() => onDismiss(r)}>
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
