import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { ContactRow } from '@/components/popup/ContactRow';
import { DueList } from '@/components/popup/DueList';
import { SaveCurrentProfile } from '@/components/popup/SaveCurrentProfile';
import { findContactByUrl, listRecentContacts } from '@/lib/db/contacts';
import { getDb } from '@/lib/db/database';
import { storedSettings } from '@/lib/settings';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { sendToBackground, sendToTab } from '@/lib/messaging/send';
import { UnreadableContact } from '@/components/shared/UnreadableContact';
import { ViewBoundary } from '@/components/shared/ViewBoundary';
import { CheckingStatus } from '@/components/shared/CheckingStatus';
import { PopupUnavailable } from '@/components/popup/PopupUnavailable';
import { DraftView, type DraftViewEnv } from '@/components/popup/DraftView';
import { draftRequestOf, pagePaths, pageUrl } from '@/lib/pages/page-urls';
import { useActiveTab } from './use-active-tab';
import { useDue, type PopupDueItem } from './use-due';

interface Drafting {
  contactId: string;
  kind?: string | null;
}

/** "Draft it" from a notification opens the popup page with ?contact=…&template=…. */
const draftFromUrl = (): Drafting | undefined => draftRequestOf(location.search);

const draftEnv: DraftViewEnv = {
  settings: storedSettings,
  async markSent(contactId, sent, onChecking) {
    const reply = await sendToBackground('markSent', { contactId, ...sent }, { onChecking });
    return reply.ok ? null : reply.error;
  },
  copy: (text) => navigator.clipboard.writeText(text),
  openTab: (url) => void browser.tabs.create({ url }),
  settingsUrl: pageUrl(pagePaths.settings()),
};

export default function App() {
  const db = getDb();
  const contacts = useLiveQuery(() => listRecentContacts(db), [db]);
  const due = useDue(db);
  const tab = useActiveTab();
  const [drafting, setDrafting] = useState<Drafting | undefined>(draftFromUrl);
  const [error, setError] = useState<string>();

  // The profile in the tab may be older than the 50 listed: look it up by its URL.
  const current = useLiveQuery(
    async () => (tab?.profileUrl ? ((await findContactByUrl(db, tab.profileUrl)) ?? null) : null),
    [db, tab?.profileUrl],
  ) ?? undefined;
  const ordered = current ? [current, ...(contacts ?? []).filter((c) => c.id !== current.id)] : (contacts ?? []);

  const saveCurrent = async (): Promise<CaptureOutcome> => {
    if (!tab) return { ok: false, error: 'Open a LinkedIn profile first.' };
    const reply = await sendToTab(tab.tabId, 'captureNow', {});
    return reply.ok ? reply.data : reply;
  };

  const act = async (item: PopupDueItem, action: 'done' | 'dismiss' | 'snooze', days?: number) => {
    const reply = await sendToBackground('reminderAction', { reminderId: item.reminderId, action, ...(days ? { days } : {}) });
    setError(reply.ok ? undefined : reply.error);
  };

  // Moving to No reply retires the reminder itself (the rules no longer want it).
  const markNoReply = async (item: PopupDueItem) => {
    const moved = await sendToBackground('setStage', { id: item.contactId, stage: 'no-reply' });
    setError(moved.ok ? undefined : moved.error);
  };

  return (
    <>
      <header className="popup-header">
        <h1>☕ Coffee Chat</h1>
        <a className="button secondary" href={pageUrl(pagePaths.workspace())} target="_blank" rel="noreferrer">
          Open workspace
        </a>
      </header>
      <CheckingStatus />
      <main>
        <ViewBoundary resetKey={drafting?.contactId ?? 'list'} fallback={() => <PopupUnavailable />}>
        {drafting ? (
          <DraftView db={db} env={draftEnv} contactId={drafting.contactId} kind={drafting.kind} onBack={() => setDrafting(undefined)} />
        ) : (
          <>
            <DueList
              items={due}
              onDraft={(item) => setDrafting({ contactId: item.contactId, kind: item.templateKind })}
              onDone={(item) => void act(item, 'done')}
              onSnooze={(item, days) => void act(item, 'snooze', days)}
              onDismiss={(item) => void act(item, 'dismiss')}
              onMarkNoReply={(item) => void markNoReply(item)}
            />
            {error && (
              <p role="alert" className="status-line error">
                {error}
              </p>
            )}
            {tab?.profileUrl && (
              <section aria-label="This profile">
                <SaveCurrentProfile onSave={saveCurrent} />
              </section>
            )}
            <section aria-labelledby="contacts-heading">
              <h2 id="contacts-heading">Saved contacts</h2>
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
                      onSelect={(c) => setDrafting({ contactId: c.id })}
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
