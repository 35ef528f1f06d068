import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { findContactOptions, loadReferees, toOption } from '@/lib/workspace/queries';
import { UnreadableContact } from '@/components/shared/UnreadableContact';
import { ViewBoundary } from '@/components/shared/ViewBoundary';
import { downloadText } from '@/lib/workspace/download';
import { ContactView, type ContactSections } from './ContactView';

export interface ContactPageProps {
  db: CoffeeChatDB;
  id: string;
  actions: Pick<WorkspaceActions, 'updateContact' | 'setStage' | 'deleteContact'>;
  onDeleted: () => void;
  onRestored: (id: string) => void;
  /** The lead plugs in timeline, meetings, reminders, prep, interviews and outreach here. */
  renderSections?: (contact: Contact) => ContactSections;
  onDownloadVCard?: (contact: Contact) => void | Promise<void>;
}

/** Reads one contact, its referrer and its referees; nothing else. */
export function ContactPage({ db, id, actions, onDeleted, onRestored, renderSections, onDownloadVCard }: ContactPageProps) {
  // null = not in the database; undefined = still reading.
  const contact = useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [db, id]);
  const referredById = contact?.referredById;
  const referrer = useLiveQuery(
    async () => (referredById ? ((await db.contacts.get(referredById)) ?? null) : null),
    [db, referredById],
  );
  const referees = useLiveQuery(() => loadReferees(db, id), [db, id]);
  const find = useCallback((q: string) => findContactOptions(db, q, id), [db, id]);

  if (contact === undefined) return <p className="loading">Loading…</p>;
  if (contact === null) {
    return (
      <>
        <h1 tabIndex={-1}>Contact not found</h1>
        <p>
          This person is no longer saved. <a href="#/contacts">Back to contacts</a>
        </p>
      </>
    );
  }
  const remove = async () => {
    const result = await actions.deleteContact(contact.id);
    if ('error' in result) return result.error;
    onDeleted();
    return null;
  };
  return (
    <ViewBoundary
      resetKey={`${contact.id}:${String(contact.updatedAt)}`}
      fallback={() => (
        <UnreadableContact
          contact={contact}
          onExport={() => downloadText(document, `coffee-chat-contact-${contact.id}.json`, JSON.stringify(contact, null, 2), 'application/json')}
          onDelete={remove}
        />
      )}
    >
    <ContactView
      key={contact.id}
      contact={contact}
      referrer={referrer ? toOption(referrer) : undefined}
      referees={(referees ?? []).map(toOption)}
      actions={actions}
      findContacts={find}
      onDeleted={onDeleted}
      onRestored={onRestored}
      onDownloadVCard={onDownloadVCard}
      sections={renderSections?.(contact)}
    />
    </ViewBoundary>
  );
}
