import { formatDateTimeRange } from '@/lib/format/dates';
import { meetingEnd, type Meeting, type MeetingFormat, type MeetingStatus } from '@/lib/meetings/meeting';

interface Props {
  meetings: Meeting[];
  onDownloadIcs: (meeting: Meeting) => void;
  onCancel: (meeting: Meeting) => void;
  /** Opens the meeting in the form to move or edit it. */
  onReschedule?: (meeting: Meeting) => void;
  /** The user's zone; defaults to the browser's. A prop so tests do not depend on the machine. */
  userTimeZone?: string;
}

const FORMAT_LABELS: Record<MeetingFormat, string> = {
  coffee: 'Coffee',
  call: 'Phone call',
  video: 'Video call',
  email: 'Email',
};

const STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  done: 'Done',
};

function when(start: number, end: number, timeZone: string): string {
  return formatDateTimeRange(start, end, { timeZone });
}

/**
 * Only an https link becomes clickable: place and link are typed by the user (or restored from a
 * backup), and a javascript: or http: URL must never turn into something to click.
 */
function httpsUrl(text: string): string | null {
  if (!text.startsWith('https://')) return null;
  try {
    return new URL(text).protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

function placeOrLink(text: string) {
  const url = httpsUrl(text);
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

/** A contact's meetings, soonest first, each shown in the meeting's zone and in the user's. */
export function MeetingList({ meetings, onDownloadIcs, onCancel, onReschedule, userTimeZone }: Props) {
  if (meetings.length === 0) return <p className="hint">No meetings yet.</p>;
  const mine = userTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const sorted = [...meetings].sort((a, b) => a.start - b.start);
  return (
    <ul className="meeting-list">
      {sorted.map((m) => {
        const end = meetingEnd(m);
        const theirs = when(m.start, end, m.timeZone);
        const local = when(m.start, end, mine);
        return (
          <li key={m.id} className={`meeting meeting-${m.status}`}>
            <div className="meeting-when">
              <span>{`${theirs} (${m.timeZone})`}</span>
              {/* Only worth a second line when the user's clock reads differently. */}
              {local !== theirs && <span className="hint">{`Your time: ${local} (${mine})`}</span>}
            </div>
            <div className="meeting-what">
              <span>{`${FORMAT_LABELS[m.format]}, ${m.durationMinutes} min`}</span>
              {m.status !== 'scheduled' && <span className="badge">{STATUS_LABELS[m.status]}</span>}
            </div>
            {(m.place || m.link) && (
              <div className="meeting-where">
                {m.place && placeOrLink(m.place)}
                {m.place && m.link && ' · '}
                {m.link && placeOrLink(m.link)}
              </div>
            )}
            {m.status === 'scheduled' && (
              <div className="meeting-actions">
                <button type="button" className="secondary" onClick={() => onDownloadIcs(m)}>
                  Download .ics
                </button>
                {onReschedule && (
                  <button type="button" className="secondary" onClick={() => onReschedule(m)}>
                    Reschedule or edit
                  </button>
                )}
                <button type="button" className="secondary" onClick={() => onCancel(m)}>
                  Cancel meeting
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
