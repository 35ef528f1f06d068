import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { DraftComposer, type SentDraft } from '@/components/drafting/DraftComposer';
import { getDb } from '@/lib/db/database';
import { draftContext, lintContext } from '@/lib/drafting/draft-context';
import { inMethodOrder, suggestedKind, templateForKind } from '@/lib/drafting/suggest-template';
import { sendToBackground } from '@/lib/messaging/send';
import { defaultSettings, loadSettings, type Settings } from '@/lib/settings';
import { buildVariableValues } from '@/lib/templates/render';

interface Props {
  contactId: string;
  /** A template kind to open with ("Draft it" on a thank-you reminder → 'thank-you'). */
  kind?: string | null;
  onBack: () => void;
}

/** The popup's drafting screen for one contact: everything it needs comes from the database. */
export function DraftView({ contactId, kind, onBack }: Props) {
  const db = getDb();
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [status, setStatus] = useState<string>();
  // Chosen once, when the screen opens: marking a request as sent moves the stage, and the
  // template suggested for the new stage must not replace the draft the user just sent.
  const initialTemplate = useRef<string | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);

  const data = useLiveQuery(async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) return { contact: undefined };
    const [referrer, meetings, interviews, events, templates] = await Promise.all([
      contact.referredById ? db.contacts.get(contact.referredById) : undefined,
      db.meetings.where('contactId').equals(contactId).toArray(),
      db.interviews.where('contactId').equals(contactId).toArray(),
      db.events.where('contactId').equals(contactId).toArray(),
      db.templates.orderBy('kind').toArray(),
    ]);
    return { contact, referrer, meetings, interviews, events, templates };
  }, [contactId]);

  if (!data) return null;
  const { contact } = data;
  if (!contact) {
    return (
      <p className="empty">
        This contact no longer exists. <button type="button" className="secondary" onClick={onBack}>Back</button>
      </p>
    );
  }
  const sources = { ...data, contact, now: Date.now() };
  const values = buildVariableValues({ contact, me: settings.me, context: draftContext(sources) });
  initialTemplate.current ??=
    (
      templateForKind(data.templates!, kind) ??
      templateForKind(data.templates!, suggestedKind(contact.stage, Boolean(contact.referredById) && contact.referrerNamed !== false))
    )?.id ?? '';
  const templates = inMethodOrder(data.templates!);

  const markSent = async (sent: SentDraft) => {
    const reply = await sendToBackground('markSent', { contactId, ...sent }, { onChecking: () => setStatus('Checking…') });
    setStatus(reply.ok ? `Recorded as sent to ${contact.fullName}. Reminders will follow up.` : reply.error);
  };

  const settingsUrl = browser.runtime.getURL('/workspace.html#/settings');
  // A message to them when their member id was captured (LinkedIn's own Message link); else their profile.
  const linkedInUrl = contact.memberId
    ? `https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(contact.memberId)}`
    : contact.profileUrl;
  return (
    <section aria-labelledby="draft-heading">
      <div className="draft-header">
        <button type="button" className="secondary" onClick={onBack} aria-label="Back to contacts">
          ←
        </button>
        <h2 id="draft-heading">Message to {contact.fullName}</h2>
      </div>
      {!settings.me.myName && (
        <p className="notice">
          Drafts sign with your name and say who you are: add your name, background and what you are exploring in{' '}
          <a href={settingsUrl} target="_blank" rel="noreferrer">
            Settings
          </a>
          .
        </p>
      )}
      <DraftComposer
        key={contactId}
        templates={templates}
        {...(initialTemplate.current ? { initialTemplateId: initialTemplate.current } : {})}
        values={values}
        accountType={settings.accountType}
        lintContext={lintContext(sources)}
        onCopy={(text, subject) => navigator.clipboard.writeText(subject ? `${subject}\n\n${text}` : text)}
        onMarkSent={(sent) => void markSent(sent)}
        {...(linkedInUrl ? { onOpenLinkedIn: () => void browser.tabs.create({ url: linkedInUrl }) } : {})}
        onOpenEmail={(subject, body) =>
          void browser.tabs.create({
            url: `mailto:${encodeURIComponent(contact.email ?? '')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
          })
        }
      />
      <div role="status" className="status-line">
        {status}
      </div>
    </section>
  );
}
