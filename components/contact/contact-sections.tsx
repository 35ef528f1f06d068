import type { ContactSections } from '@/components/workspace/ContactView';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { InterviewSection } from './sections/InterviewSection';
import { MeetingsSection } from './sections/MeetingsSection';
import { OutreachSection } from './sections/OutreachSection';
import { RemindersSection } from './sections/RemindersSection';
import { Section } from './sections/Section';
import { TimelineSection } from './sections/TimelineSection';

export interface ContactSectionsDeps {
  db: CoffeeChatDB;
  actions: Pick<WorkspaceActions, 'saveMeeting' | 'cancelMeeting' | 'logReply' | 'saveInterview'>;
  onReminderAction: (reminderId: string, action: 'done' | 'dismiss') => void;
  onOpenDraft: (contactId: string) => void;
}

/** Timeline, follow-ups, meetings, prep, log and messages for one contact's page. */
export function renderContactSections(deps: ContactSectionsDeps, contact: Contact): ContactSections {
  const { db, actions } = deps;
  return {
    timeline: (
      <Section title="Timeline">
        <TimelineSection db={db} contactId={contact.id} />
      </Section>
    ),
    reminders: (
      <Section title="Follow-ups">
        <RemindersSection db={db} contact={contact} onReminderAction={deps.onReminderAction} />
      </Section>
    ),
    meetings: (
      <Section title="Meetings">
        <MeetingsSection db={db} contact={contact} actions={actions} />
      </Section>
    ),
    prep: (
      <Section title="Interview prep" folded>
        <InterviewSection db={db} contact={contact} part="prep" actions={actions} />
      </Section>
    ),
    interviews: (
      <Section title="Interview log" folded>
        <InterviewSection db={db} contact={contact} part="log" actions={actions} />
      </Section>
    ),
    outreach: (
      <Section title="Messages sent">
        <OutreachSection db={db} contactId={contact.id} onOpenDraft={deps.onOpenDraft} />
      </Section>
    ),
  };
}
