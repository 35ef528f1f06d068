import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { listRecentContacts } from '@/lib/db/contacts';
import { sendToTab } from '@/lib/messaging/send';
import type { CaptureOutcome } from '@/lib/messages';
import { ContactRow } from '@/components/popup/ContactRow';
import { SaveCurrentProfile } from '@/components/popup/SaveCurrentProfile';
import { useActiveTab } from './use-active-tab';

export default function App() {
  const db = getDb();
  const contacts = useLiveQuery(() => listRecentContacts(db), [db]);
  const tab = useActiveTab();

  const current = tab?.profileUrl ? contacts?.find((c) => c.profileUrl === tab.profileUrl) : undefined;
  const ordered = current ? [current, ...(contacts ?? []).filter((c) => c !== current)] : (contacts ?? []);

  const saveCurrent = async (): Promise<CaptureOutcome> => {
    if (!tab) return { ok: false, error: 'Open a LinkedIn profile first.' };
    const reply = await sendToTab(tab.tabId, 'captureNow', {});
    return reply.ok ? reply.data : reply;
  };

  return (
    <>
      <header className="popup-header">
        <h1>☕ Coffee Chat</h1>
        <a className="button secondary" href={browser.runtime.getURL('/workspace.html')} target="_blank" rel="noreferrer">
          Open workspace
        </a>
      </header>
      <main>
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
              <strong>Save to Coffee Chat</strong> at the bottom left of the page (or use <strong>Save this profile</strong>{' '}
              here). Coffee Chat then helps you ask them for a 20-minute conversation.
            </p>
          )}
          <ul className="contact-list">
            {ordered.map((contact) => (
              <ContactRow key={contact.id} contact={contact} current={contact === current} />
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
