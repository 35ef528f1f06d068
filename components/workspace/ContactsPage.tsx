import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { loadAllContacts, loadOpenReminders, loadRecentContacts } from '@/lib/workspace/queries';
import { dueContactIds, nextReminderByContact } from '@/lib/workspace/reminders';
import { AddContactForm } from './AddContactForm';
import { ContactsView } from './ContactsView';
import { useNow } from './use-now';

/** Enough rows to fill a tall screen while the full list is still being read. */
const FIRST_PAINT_ROWS = 40;

interface Props {
  db: CoffeeChatDB;
  actions: Pick<WorkspaceActions, 'addContact'>;
  onAdded: (id: string) => void;
  /** Open with "Due now" ticked. */
  due?: boolean;
}

/**
 * Reads for the contacts list. The few most recent contacts arrive first so the page paints
 * quickly; the full list (needed to search and sort) replaces them when it is read.
 */
export function ContactsPage({ db, actions, onAdded, due = false }: Props) {
  const count = useLiveQuery(() => db.contacts.count(), [db]);
  const recent = useLiveQuery(() => loadRecentContacts(db, FIRST_PAINT_ROWS), [db]);
  const all = useLiveQuery(() => loadAllContacts(db), [db]);
  const reminders = useLiveQuery(() => loadOpenReminders(db), [db]);
  const now = useNow();

  const nextReminderAt = useMemo(() => nextReminderByContact(reminders ?? []), [reminders]);
  const dueIds = useMemo(() => dueContactIds(reminders ?? [], now), [reminders, now]);

  const contacts = all ?? recent;
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Contacts</h1>
        <AddContactForm onAdd={(input) => actions.addContact(input)} onAdded={onAdded} />
      </div>
      {contacts === undefined ? (
        <p className="loading">Loading contacts…</p>
      ) : (
        <ContactsView
          key={due ? 'due' : 'all'}
          initialDueOnly={due}
          contacts={contacts}
          totalCount={count}
          partial={all === undefined}
          dueIds={dueIds}
          nextReminderAt={nextReminderAt}
        />
      )}
    </>
  );
}
