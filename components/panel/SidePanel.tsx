import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DraftView, type DraftViewEnv } from '@/components/popup/DraftView';
import { PopupUnavailable } from '@/components/popup/PopupUnavailable';
import { SaveCurrentProfile } from '@/components/popup/SaveCurrentProfile';
import { ViewBoundary } from '@/components/shared/ViewBoundary';
import { useFocusOnShow } from '@/components/shared/use-focus-on-show';
import { useMovedFocus } from '@/components/shared/use-moved-focus';
import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';
import { findContactByUrl } from '@/lib/db/contacts';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { BackupReminderSection } from '@/components/backup/BackupReminderSection';
import { DueSection } from './DueSection';
import type { ActiveTab } from './use-active-tab';

interface Props {
  db: CoffeeChatDB;
  /** The tab beside the panel (undefined while it is being looked up). */
  tab: ActiveTab | undefined;
  env: DraftViewEnv;
  onSave: (tabId: number) => Promise<CaptureOutcome>;
}

/**
 * The side panel's one view for the tab beside it: on a saved person's profile, that person,
 * their stage, the next step and its draft; on a profile not saved yet, Save; anywhere else,
 * what is due. It follows the tab, so it never needs a button to get back.
 */
export function SidePanel({ db, tab, env, onSave }: Props) {
  const profileUrl = tab?.profileUrl ?? null;
  const contact = useLiveQuery(
    async () => (profileUrl ? ((await findContactByUrl(db, profileUrl)) ?? null) : null),
    [db, profileUrl],
  );
  // The profile whose Save was clicked here: once stored, focus moves to the contact's heading.
  const [savedFrom, setSavedFrom] = useState<string>();

  if (!tab || contact === undefined) return null;
  const key = contact ? `contact:${contact.id}` : profileUrl ? `save:${profileUrl}` : 'due';
  return (
    <ViewBoundary resetKey={key} fallback={() => <PopupUnavailable />}>
      {contact ? (
        <ContactHere key={key} db={db} env={env} contact={contact} focusHeading={savedFrom === profileUrl} />
      ) : profileUrl ? (
        <section aria-labelledby="save-heading" key={key}>
          <h2 id="save-heading">Not saved yet</h2>
          <p className="hint">Save this person to draft a message to them here.</p>
          <SaveCurrentProfile
            onSave={() => {
              setSavedFrom(profileUrl);
              return onSave(tab.tabId);
            }}
          />
        </section>
      ) : (
        <DueHere key={key} db={db} env={env} />
      )}
    </ViewBoundary>
  );
}

function ContactHere({ db, env, contact, focusHeading }: { db: CoffeeChatDB; env: DraftViewEnv; contact: Contact; focusHeading: boolean }) {
  const heading = useFocusOnShow<HTMLHeadingElement>(focusHeading);
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="panel-contact-name" tabIndex={-1} ref={heading}>
        {contact.fullName}
      </h2>
      <p className="panel-contact-meta">
        {[contact.headline, STAGE_LABELS[contact.stage]].filter(Boolean).join(' · ')}
      </p>
      {/* The next step (from the pipeline) heads the draft view, as in the popup. */}
      <DraftView db={db} env={env} contactId={contact.id} headingLevel={3} />
    </section>
  );
}

/** Elsewhere: the Due list, and a draft opened from it in place (Back returns to the list). */
function DueHere({ db, env }: { db: CoffeeChatDB; env: DraftViewEnv }) {
  const [drafting, setDrafting] = useState<{ contactId: string; kind?: string | undefined }>();
  const { markMoved, headingRef: heading } = useMovedFocus<HTMLHeadingElement>();
  if (drafting) {
    return (
      <DraftView
        db={db}
        env={env}
        contactId={drafting.contactId}
        kind={drafting.kind}
        focusHeading
        onBack={() => {
          markMoved();
          setDrafting(undefined);
        }}
      />
    );
  }
  return (
    <>
      <h2 id="panel-heading" tabIndex={-1} ref={heading} className="visually-hidden">
        Follow-ups
      </h2>
      <DueSection
        db={db}
        onDraft={(item) => setDrafting({ contactId: item.contactId, kind: item.templateKind })}
        empty={
          <p className="empty">
            Nothing is due. Open the LinkedIn profile of someone you saved to draft your next message to them, or of
            someone new to save them.
          </p>
        }
      />
      <BackupReminderSection db={db} />
    </>
  );
}
