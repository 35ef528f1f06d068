import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DraftComposer, type SentDraft } from '@/components/drafting/DraftComposer';
import type { CoffeeChatDB } from '@/lib/db/database';
import { draftContext, lintContext } from '@/lib/compose/draft-context';
import { draftSourcesOf } from '@/lib/compose/draft-queries';
import { inMethodOrder, nextStep, templateForKind } from '@/lib/method/next-step';
import { NextStep } from '@/components/next-step/NextStep';
import { defaultSettings, type SettingsSource } from '@/lib/settings';
import { useSettings } from '@/components/shared/use-settings';
import { buildVariableValues } from '@/lib/templates/render';

/** What the drafting screen asks of the page around it (browser tabs, the clipboard, messages). */
export interface DraftViewEnv {
  /** Watched: a name added in Settings reaches the open draft without reopening it. */
  settings: SettingsSource;
  /** Resolves to null when recorded, or a sentence to show. */
  /** `onChecking`: the first try got no answer and it is asking again with the same request id. */
  markSent: (contactId: string, sent: SentDraft, onChecking?: () => void) => Promise<string | null>;
  copy: (text: string) => Promise<void>;
  openTab: (url: string) => void;
  /** The workspace's settings page, for the "add your name" notice. */
  settingsUrl: string;
  /** A contact's workspace page, where the steps that are no message (log the interview) are done. */
  contactUrl?: (contactId: string) => string;
}

interface Props {
  db: CoffeeChatDB;
  env: DraftViewEnv;
  contactId: string;
  /** A template kind to open with ("Draft it" on a thank-you reminder → 'thank-you'). */
  kind?: string | null;
  onBack: () => void;
}

/** The popup's drafting screen for one contact: everything it needs comes from the database. */
export function DraftView({ db, env, contactId, kind, onBack }: Props) {
  const stored = useSettings(env.settings);
  const settings = stored.status === 'ready' ? stored.settings : defaultSettings();
  const [status, setStatus] = useState<string>();
  // Chosen once, when the screen opens: marking a request as sent moves the stage, and the
  // template suggested for the new stage must not replace the draft the user just sent.
  const initialTemplate = useRef<string | null>(null);
  // "Draft the …" on the next step: the composer reopens on that template.
  const [askedKind, setAskedKind] = useState<string | null | undefined>(kind);

  const data = useLiveQuery(() => draftSourcesOf(db, contactId), [db, contactId]);

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
  const step = nextStep({ ...data, contact, now: sources.now });
  initialTemplate.current ??= (templateForKind(data.templates, askedKind) ?? templateForKind(data.templates, step.templateKind))?.id ?? '';
  const templates = inMethodOrder(data.templates);
  const openOn = (asked: string) => {
    initialTemplate.current = templateForKind(data.templates, asked)?.id ?? '';
    setAskedKind(asked);
  };

  const markSent = async (sent: SentDraft) => {
    const error = await env.markSent(contactId, sent, () => setStatus('Checking…'));
    setStatus(error ?? `Recorded as sent to ${contact.fullName}. Reminders will follow up.`);
  };

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
          <a href={env.settingsUrl} target="_blank" rel="noreferrer">
            Settings
          </a>
          .
        </p>
      )}
      <NextStep
        step={step}
        // Offered only when the draft below is another one: the step's own is already open.
        onDraft={templateForKind(data.templates, step.templateKind)?.id === initialTemplate.current ? undefined : openOn}
        contactHref={env.contactUrl?.(contactId)}
      />
      <DraftComposer
        key={`${contactId}:${initialTemplate.current}`}
        contactId={contactId}
        templates={templates}
        {...(initialTemplate.current ? { initialTemplateId: initialTemplate.current } : {})}
        // Reopened without a template asked for: carry on with the last draft for this person.
        resumeLastDraft={!askedKind}
        values={values}
        accountType={settings.accountType}
        lintContext={lintContext(sources)}
        onCopy={(text, subject) => env.copy(subject ? `${subject}\n\n${text}` : text)}
        onMarkSent={(sent) => void markSent(sent)}
        {...(linkedInUrl ? { onOpenLinkedIn: () => env.openTab(linkedInUrl) } : {})}
        onOpenEmail={(subject, body) =>
          env.openTab(
            `mailto:${encodeURIComponent(contact.email ?? '')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
          )
        }
      />
      <div role="status" className="status-line">
        {status}
      </div>
    </section>
  );
}
