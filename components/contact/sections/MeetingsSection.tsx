import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MeetingForm } from '@/components/meetings/MeetingForm';
import { MeetingList } from '@/components/meetings/MeetingList';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import { icsFileName, meetingToIcs } from '@/lib/meetings/ics';
import type { Meeting } from '@/lib/meetings/meeting';
import { toWallClock } from '@/lib/meetings/wall-clock';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { meetingsOf } from '@/lib/workspace/contact-sections';
import { downloadText } from '@/lib/workspace/download';

interface Props {
  db: CoffeeChatDB;
  contact: Contact;
  actions: Pick<WorkspaceActions, 'saveMeeting' | 'cancelMeeting' | 'logReply'>;
}

export function MeetingsSection({ db, contact, actions }: Props) {
  const meetings = useLiveQuery(() => meetingsOf(db, contact.id), [db, contact.id]);
  const [status, setStatus] = useState<string>();
  const [editing, setEditing] = useState<Meeting>();
  return (
    <>
      {meetings && (
        <MeetingList
          meetings={meetings}
          onDownloadIcs={(m) =>
            downloadText(
              document,
              icsFileName(contact.fullName, m.start, m.timeZone),
              meetingToIcs(m, { contactName: contact.fullName, prodId: '-//Coffee Chat//EN' }),
              'text/calendar;charset=utf-8',
            )
          }
          onCancel={(m) => void actions.cancelMeeting(m.id).then((e) => setStatus(e ?? 'Meeting cancelled.'))}
          onReschedule={setEditing}
        />
      )}
      {editing ? (
        <MeetingForm
          key={editing.id}
          contactId={contact.id}
          meetingId={editing.id}
          initial={{
            ...toWallClock(editing.start, editing.timeZone),
            durationMinutes: editing.durationMinutes,
            timeZone: editing.timeZone,
            place: editing.link ?? editing.place ?? '',
            format: editing.format,
          }}
          onSave={async (input) => {
            const error = await actions.saveMeeting(contact.id, input, editing.id);
            if (!error) {
              setEditing(undefined);
              setStatus('Meeting updated: its reminders follow the new time.');
            }
            return error;
          }}
        />
      ) : (
        <MeetingForm contactId={contact.id} onSave={(input) => actions.saveMeeting(contact.id, input)} />
      )}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => void actions.logReply(contact.id).then((e) => setStatus(e ?? 'Reply logged: no nudge will follow.'))}
        >
          They replied
        </button>
      </p>
      <div role="status">{status}</div>
    </>
  );
}
