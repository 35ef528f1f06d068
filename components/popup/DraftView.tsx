import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DraftComposer, type SentDraft } from '@/components/drafting/DraftComposer';
import type { CoffeeChatDB } from '@/lib/db/database';
import { draftContext, lintContext } from '@/lib/compose/draft-context';
import { draftSourcesOf } from '@/lib/compose/draft-queries';
import { inMethodOrder, nextStep, templateForKind } from '@/lib/method/next-step';
import { NextStep } from '@/components/next-step/NextStep';
import { defaultSettings, type SettingsPatch, type SettingsSource } from '@/lib/settings';
import { blankHome, contactPatchFor, settingsPatchFor } from '@/lib/compose/blanks';
import type { ContactPatch } from '@/lib/messaging/protocol';
import type { VariableName } from '@/lib/templates/variables';
import { useFocusOnShow } from '@/components/shared/use-focus-on-show';
import type { z } from 'zod';
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
  /** Blanks filled under the draft are stored here: resolves to null, or a sentence to show. */
  saveSettings: (patch: SettingsPatch) => Promise<string | null>;
  updateContact: (contactId: string, patch: z.input<typeof ContactPatch>) => Promise<string | null>;
  /** A contact's workspace page, where the steps that are no message (log the interview) are done. */
  contactUrl?: (contactId: string) => string;
}

interface Props {
  db: CoffeeChatDB;
  env: DraftViewEnv;
  contactId: string;
  /** A template kind to open with ("Draft it" on a thank-you reminder → 'thank-you'). */
  kind?: string | null;
  /** Without it there is no Back button (the side panel shows the draft as part of the contact). */
  onBack?: () => void;
  /** Opened by a button: focus moves to the heading. */
  focusHeading?: boolean;
  /** Where the heading sits in the page around it (the panel puts the contact's name above). */
  headingLevel?: 2 | 3;
}

/** The popup's drafting screen for one contact: everything it needs comes from the database. */
export function DraftView({ db, env, contactId, kind, onBack, focusHeading = false, headingLevel = 2 }: Props) {
  const headingRef = useFocusOnShow<HTMLHeadingElement>(focusHeading);
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
        This contact no longer exists.{' '}
        {onBack && (
          <button type="button" className="secondary" onClick={onBack}>
            Back
          </button>
        )}
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

  const saveBlank = (name: VariableName, value: string): Promise<string | null> => {
    const home = blankHome(name);
    if (home.kind === 'settings') return env.saveSettings(settingsPatchFor(home, value));
    if (home.kind === 'contact') return env.updateContact(contactId, contactPatchFor(home, value));
    return Promise.resolve(null);
  };

  const markSent = async (sent: SentDraft) => {
    const error = await env.markSent(contactId, sent, () => setStatus('Checking…'));
    setStatus(error ?? `Recorded as sent to ${contact.fullName}. Reminders will follow up.`);
  };

  // A message to them when their member id was captured (LinkedIn's own Message link); else their profile.
  const linkedInUrl = contact.memberId
    ? `https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(contact.memberId)}`
    : contact.profileUrl;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby="draft-heading">
      <div className="draft-header">
        {onBack && (
          <button type="button" className="secondary" onClick={onBack} aria-label="Back to contacts">
            ←
          </button>
        )}
        <Heading id="draft-heading" ref={headingRef} tabIndex={-1}>
          Message to {contact.fullName}
        </Heading>
      </div>
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
        onSaveBlank={saveBlank}
        researchNotes={contact.notes}
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
