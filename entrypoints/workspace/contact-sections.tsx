import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { InterviewLog } from '@/components/interview/InterviewLog';
import { PrepSheet } from '@/components/interview/PrepSheet';
import { MeetingForm } from '@/components/meetings/MeetingForm';
import { MeetingList } from '@/components/meetings/MeetingList';
import { OutreachList } from '@/components/contact/OutreachList';
import { ReminderList } from '@/components/contact/ReminderList';
import { Timeline } from '@/components/contact/Timeline';
import type { ContactSections } from '@/components/workspace/ContactView';
import type { Contact } from '@/lib/contacts/contact';
import { getDb } from '@/lib/db/database';
import { newInterview, type Interview, type InterviewPrep } from '@/lib/interviews/interview';
import { icsFileName, meetingToIcs } from '@/lib/meetings/ics';
import { sendToBackground } from '@/lib/messaging/send';
import { downloadText } from '@/lib/workspace/download';
import { actions } from './actions';

const db = getDb();

function TimelineSection({ contactId }: { contactId: string }) {
  const events = useLiveQuery(() => db.events.where('contactId').equals(contactId).toArray(), [contactId]);
  return events ? <Timeline events={events} /> : null;
}

/** The popup's drafting screen, in a small window, for this person. */
function openDraft(contactId: string) {
  void browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?contact=${encodeURIComponent(contactId)}`),
    type: 'popup',
    width: 420,
    height: 640,
  });
}

function OutreachSection({ contactId }: { contactId: string }) {
  const outreach = useLiveQuery(() => db.outreach.where('contactId').equals(contactId).toArray(), [contactId]);
  return (
    <>
      <p>
        <button type="button" onClick={() => openDraft(contactId)}>
          Draft a message
        </button>
      </p>
      {outreach && <OutreachList outreach={outreach} />}
    </>
  );
}

function RemindersSection({ contact }: { contact: Contact }) {
  const reminders = useLiveQuery(() => db.reminders.where('contactId').equals(contact.id).toArray(), [contact.id]);
  const act = (reminderId: string, action: 'done' | 'dismiss') => void sendToBackground('reminderAction', { reminderId, action });
  return reminders ? (
    <ReminderList
      reminders={reminders}
      name={contact.firstName || contact.fullName}
      onDone={(r) => act(r.id, 'done')}
      onDismiss={(r) => act(r.id, 'dismiss')}
    />
  ) : null;
}

function MeetingsSection({ contact }: { contact: Contact }) {
  const meetings = useLiveQuery(() => db.meetings.where('contactId').equals(contact.id).toArray(), [contact.id]);
  const [status, setStatus] = useState<string>();
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
        />
      )}
      <MeetingForm onSave={(input) => actions.saveMeeting(contact.id, input)} />
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

/** Prep sheet and interview log for the contact's latest interview (or a new one). */
function InterviewSection({ contact, part }: { contact: Contact; part: 'prep' | 'log' }) {
  const latest = useLiveQuery(
    async () => (await db.interviews.where('contactId').equals(contact.id).sortBy('updatedAt')).at(-1) ?? null,
    [contact.id],
  );
  const [draftId] = useState(() => crypto.randomUUID());
  if (latest === undefined) return null;
  const interview: Interview = latest ?? newInterview({ id: draftId, contactId: contact.id, now: Date.now() });
  const save = (next: Interview) => actions.saveInterview(next);
  if (part === 'prep') {
    return (
      <PrepSheet
        value={interview.prep}
        researchNotes={contact.notes}
        onChange={(prep: InterviewPrep) => void save({ ...interview, prep })}
      />
    );
  }
  return (
    <InterviewLog
      key={interview.id}
      prep={interview.prep}
      value={interview.log}
      onSave={(log) => save({ ...interview, log, loggedAt: interview.loggedAt ?? Date.now() })}
    />
  );
}

/** A titled card; long ones (the question bank, the log) fold away until wanted. */
function Section({ title, children, folded }: { title: string; children: ReactNode; folded?: boolean }) {
  if (folded) {
    return (
      <details className="card-form contact-section">
        <summary>
          <h2>{title}</h2>
        </summary>
        {children}
      </details>
    );
  }
  return (
    <section className="card-form contact-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function renderContactSections(contact: Contact): ContactSections {
  return {
    timeline: (
      <Section title="Timeline">
        <TimelineSection contactId={contact.id} />
      </Section>
    ),
    reminders: (
      <Section title="Follow-ups">
        <RemindersSection contact={contact} />
      </Section>
    ),
    meetings: (
      <Section title="Meetings">
        <MeetingsSection contact={contact} />
      </Section>
    ),
    prep: (
      <Section title="Interview prep" folded>
        <InterviewSection contact={contact} part="prep" />
      </Section>
    ),
    interviews: (
      <Section title="Interview log" folded>
        <InterviewSection contact={contact} part="log" />
      </Section>
    ),
    outreach: (
      <Section title="Messages sent">
        <OutreachSection contactId={contact.id} />
      </Section>
    ),
  };
}
