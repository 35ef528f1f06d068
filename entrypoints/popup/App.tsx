import { lazy, Suspense, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ContactRow } from '@/components/popup/ContactRow';
import { SaveCurrentProfile } from '@/components/popup/SaveCurrentProfile';
import { findContactByUrl, listRecentContacts } from '@/lib/db/contacts';
import { getDb } from '@/lib/db/database';
import { UnreadableContact } from '@/components/shared/UnreadableContact';
import { ViewBoundary } from '@/components/shared/ViewBoundary';
import { useMovedFocus } from '@/components/shared/use-moved-focus';
import { CheckingStatus } from '@/components/shared/CheckingStatus';
import { PopupUnavailable } from '@/components/popup/PopupUnavailable';
import { DueSection } from '@/components/panel/DueSection';
import { OpenSidePanelButton } from '@/components/panel/OpenSidePanelButton';
import { captureTab, draftEnv } from '@/components/panel/page-env';
import { useActiveTab } from '@/components/panel/use-active-tab';
import { draftRequestOf, pagePaths, pageUrl } from '@/lib/pages/page-urls';
import { BackupReminderSection } from '@/components/backup/BackupReminderSection';

// The popup opens on the list; the drafting screen (composer, templates, etiquette checks) loads
// on the first Draft, so opening the popup downloads and parses only what it shows first.
const DraftView = lazy(() => import('@/components/popup/DraftView').then((m) => ({ default: m.DraftView })));

interface Drafting {
  contactId: string;
  kind?: string | null;
}

/** "Draft it" from a notification opens the popup page with ?contact=…&template=…. */
const draftFromUrl = (): Drafting | undefined => draftRequestOf(location.search);

export default function App() {
  const db = getDb();
  const contacts = useLiveQuery(() => listRecentContacts(db), [db]);
  const tab = useActiveTab();
  const [drafting, setDrafting] = useState<Drafting | undefined>(draftFromUrl);
  // A button replaced the view (Draft, Back): focus goes to the new view's heading, or back to
  // the Draft button of the person whose draft was just closed.
  const [returnTo, setReturnTo] = useState<string>();
  const { moved, markMoved, headingRef: contactsHeading } = useMovedFocus<HTMLHeadingElement>(returnTo === undefined);
  const draft = (next: Drafting | undefined) => {
    markMoved();
    setReturnTo(undefined);
    setDrafting(next);
  };
  const back = (contactId: string) => {
    markMoved();
    setReturnTo(contactId);
    setDrafting(undefined);
  };

  // The profile in the tab may be older than the 50 listed: look it up by its URL.
  const current = useLiveQuery(
    async () => (tab?.profileUrl ? ((await findContactByUrl(db, tab.profileUrl)) ?? null) : null),
    [db, tab?.profileUrl],
  ) ?? undefined;
  const ordered = current ? [current, ...(contacts ?? []).filter((c) => c.id !== current.id)] : (contacts ?? []);

  return (
    <>
      <header className="popup-header">
        <h1>☕ Coffee Chat</h1>
        <div className="popup-header-actions">
          <OpenSidePanelButton windowId={tab?.windowId} />
          <a className="button secondary" href={pageUrl(pagePaths.workspace())} target="_blank" rel="noreferrer">
            Open workspace
          </a>
        </div>
      </header>
      <CheckingStatus />
      <main>
        <ViewBoundary resetKey={drafting?.contactId ?? 'list'} fallback={() => <PopupUnavailable />}>
        {drafting ? (
          <Suspense fallback={<p className="hint">Opening the draft…</p>}>
            <DraftView
              db={db}
              env={draftEnv}
              contactId={drafting.contactId}
              kind={drafting.kind}
              onBack={() => back(drafting.contactId)}
              focusHeading={moved}
            />
          </Suspense>
        ) : (
          <>
            <DueSection db={db} onDraft={(item) => draft({ contactId: item.contactId, kind: item.templateKind })} />
            <BackupReminderSection db={db} />
            {tab?.profileUrl && (
              <section aria-label="This profile">
                <SaveCurrentProfile onSave={() => captureTab(tab.tabId)} />
              </section>
            )}
            <section aria-labelledby="contacts-heading">
              <h2 id="contacts-heading" tabIndex={-1} ref={contactsHeading}>
                Saved contacts
              </h2>
              {contacts && ordered.length === 0 && (
                <p className="empty">
                  No one saved yet. Open the LinkedIn profile of someone whose work you are curious about and click{' '}
                  <strong>Save to Coffee Chat</strong> at the bottom left of the page (or use{' '}
                  <strong>Save this profile</strong> here). Coffee Chat then helps you ask them for a 20-minute
                  conversation.
                </p>
              )}
              <ul className="contact-list">
                {ordered.map((contact) => (
                  <ViewBoundary
                    key={contact.id}
                    resetKey={`${contact.id}:${String(contact.updatedAt)}`}
                    fallback={() => (
                      <li>
                        <UnreadableContact contact={contact} href={pageUrl(pagePaths.contact(contact.id))} compact />
                      </li>
                    )}
                  >
                    <ContactRow
                      contact={contact}
                      current={contact.id === current?.id}
                      focusDraft={contact.id === returnTo}
                      onSelect={(c) => draft({ contactId: c.id })}
                    />
                  </ViewBoundary>
                ))}
              </ul>
              {contacts && contacts.length >= 50 && (
                <p className="hint">
                  Showing the 50 most recent.{' '}
                  <a href={pageUrl(pagePaths.workspace('#/contacts'))} target="_blank" rel="noreferrer">
                    See everyone in the workspace
                  </a>
                </p>
              )}
            </section>
          </>
        )}
        </ViewBoundary>
      </main>
    </>
  );
}
