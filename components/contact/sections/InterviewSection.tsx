import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { InterviewLog } from '@/components/interview/InterviewLog';
import { PrepSheet } from '@/components/interview/PrepSheet';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import { newInterview, type Interview } from '@/lib/interviews/interview';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { latestInterview } from '@/lib/workspace/contact-sections';

interface Props {
  db: CoffeeChatDB;
  contact: Contact;
  part: 'prep' | 'log';
  actions: Pick<WorkspaceActions, 'saveInterview'>;
}

/** Prep sheet or interview log for the contact's latest interview (or a new one). */
export function InterviewSection({ db, contact, part, actions }: Props) {
  const latest = useLiveQuery(() => latestInterview(db, contact.id), [db, contact.id]);
  const [draftId] = useState(() => crypto.randomUUID());
  if (latest === undefined) return null;
  const interview: Interview = latest ?? newInterview({ id: draftId, contactId: contact.id, now: Date.now() });
  // The editors hold the text; the record from the live query is only their starting point.
  if (part === 'prep') {
    return (
      <PrepSheet
        contactId={contact.id}
        value={interview.prep}
        researchNotes={contact.notes}
        onSave={(prep) => actions.saveInterview({ ...interview, prep })}
      />
    );
  }
  return (
    <InterviewLog
      contactId={contact.id}
      prep={interview.prep}
      value={interview.log}
      onSave={(log) => actions.saveInterview({ ...interview, log, loggedAt: interview.loggedAt ?? Date.now() })}
    />
  );
}
