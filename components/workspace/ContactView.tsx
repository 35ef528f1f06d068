import { useId, useState, type ReactNode } from 'react';
import { formatDate } from '@/lib/format/dates';
import { isLinkedInMediaUrl } from '@/lib/capture/photo';
import { isCanonicalProfileUrl } from '@/lib/capture/profile-url';
import type { Contact } from '@/lib/contacts/contact';
import type { Stage } from '@/lib/contacts/stage';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import type { ContactOption } from '@/lib/workspace/queries';
import { sourceExamples } from '@/lib/workspace/source-examples';
import { CapturedProfile } from './CapturedProfile';
import { ContactDetailsForm } from './ContactDetailsForm';
import { JobChangeNotice } from './JobChangeNotice';
import { NotesEditor } from './NotesEditor';
import { ReferredByField } from './ReferredByField';
import { SourceField } from './SourceField';
import { StageSelect } from './StageSelect';
import { TagEditor } from './TagEditor';
import { useToast } from './Toast';

/** Sections other parts of the product render for this contact; each is optional. */
export interface ContactSections {
  timeline?: ReactNode;
  reminders?: ReactNode;
  meetings?: ReactNode;
  prep?: ReactNode;
  interviews?: ReactNode;
  outreach?: ReactNode;
}

export interface ContactViewProps {
  contact: Contact;
  referrer?: ContactOption;
  referees?: readonly ContactOption[];
  actions: Pick<WorkspaceActions, 'updateContact' | 'setStage' | 'deleteContact'>;
  findContacts: (query: string) => Promise<ContactOption[]>;
  /** After a delete: leave the page (the Undo toast stays). */
  onDeleted?: () => void;
  /** After Undo brings the contact back. */
  onRestored?: (id: string) => void;
  onDownloadVCard?: (contact: Contact) => void | Promise<void>;
  sections?: ContactSections;
  /** Anything else to show below the sections. */
  children?: ReactNode;
}

/** Everything about one person: what was captured, what the user added, and the pipeline. */
export function ContactView({
  contact,
  referrer,
  referees = [],
  actions,
  findContacts,
  onDeleted,
  onRestored,
  onDownloadVCard,
  sections = {},
  children,
}: ContactViewProps) {
  const id = useId();
  const toast = useToast();
  const [photoFailed, setPhotoFailed] = useState(false);
  const [showPhoto, setShowPhoto] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const update = (patch: Parameters<WorkspaceActions['updateContact']>[1]) => actions.updateContact(contact.id, patch);

  const remove = async () => {
    setDeleting(true);
    const result = await actions.deleteContact(contact.id);
    setDeleting(false);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    const name = contact.fullName;
    const contactId = contact.id;
    toast({
      message: `Deleted ${name}`,
      actionLabel: 'Undo',
      onAction: async () => {
        const undoError = await result.undo();
        if (undoError) toast({ message: `Could not restore ${name}: ${undoError}` });
        else {
          toast({ message: `Restored ${name}` });
          onRestored?.(contactId);
        }
      },
    });
    onDeleted?.();
  };

  const role = [contact.currentTitle, contact.currentCompany].filter(Boolean).join(' at ');
  // The schemas already refuse other hosts; this guards records written before they did, so
  // "Show photo" can only ever request LinkedIn's media servers and the link only open a profile.
  const photoUrl = contact.photoUrl && isLinkedInMediaUrl(contact.photoUrl) ? contact.photoUrl : undefined;
  const profileUrl = contact.profileUrl && isCanonicalProfileUrl(contact.profileUrl) ? contact.profileUrl : undefined;

  return (
    <article className="contact-page" aria-labelledby={`${id}-name`}>
      <header className="contact-header">
        {/* Coffee Chat makes no network request on its own: the photo (on LinkedIn's servers)
            loads only when the user asks, like following a link. */}
        {photoUrl && showPhoto && !photoFailed && (
          // LinkedIn photo URLs are signed and expire; hide the image rather than show a broken one.
          <img
            className="contact-photo"
            src={photoUrl}
            alt=""
            referrerPolicy="no-referrer"
            width={88}
            height={88}
            onError={() => setPhotoFailed(true)}
          />
        )}
        {photoUrl && !showPhoto && (
          <button type="button" className="secondary photo-button" onClick={() => setShowPhoto(true)}>
            Show photo
          </button>
        )}
        <div className="contact-heading">
          <h1 id={`${id}-name`} tabIndex={-1}>
            {contact.fullName}
            {contact.pronouns && <span className="pronouns"> ({contact.pronouns})</span>}
          </h1>
          {contact.headline && <p className="headline">{contact.headline}</p>}
          <p className="hint">
            {[role, contact.location, contact.connectionDegree].filter(Boolean).join(' · ')}
            {profileUrl && (
              <>
                {' · '}
                <a href={profileUrl} target="_blank" rel="noreferrer">
                  LinkedIn profile
                </a>
              </>
            )}
          </p>
          <p className="hint">
            Saved {formatDate(contact.createdAt)}
            {contact.capturedAt !== undefined && ` · last captured ${formatDate(contact.capturedAt)}`}
          </p>
        </div>
        <StageSelect stage={contact.stage} onChange={(s: Stage) => actions.setStage(contact.id, s)} />
      </header>

      {contact.jobChange && <JobChangeNotice change={contact.jobChange} />}

      {(contact.captureWarnings ?? []).length > 0 && (
        <div className="notice warning" role="note">
          <p className="strong">The last save from LinkedIn was incomplete:</p>
          <ul>
            {(contact.captureWarnings ?? []).map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="contact-columns">
        <div className="contact-main">
          <NotesEditor contactId={contact.id} notes={contact.notes ?? ''} onSave={(notes) => update({ notes })} />
          {sections.meetings}
          {sections.prep}
          {sections.interviews}
          {sections.outreach}
          {children}
          <CapturedProfile contact={contact} />
        </div>
        <div className="contact-side">
          {sections.reminders}
          <ContactDetailsForm contact={contact} onSave={update} />
          <SourceField
            source={contact.source}
            examples={sourceExamples(contact, referrer?.fullName)}
            onSave={(source) => update({ source })}
          />
          <ReferredByField
            referredById={contact.referredById}
            referrer={referrer}
            referees={referees}
            find={findContacts}
            onChange={(referredById) => update({ referredById })}
          />
          <TagEditor tags={contact.tags ?? []} onChange={(tags) => update({ tags })} />
          {sections.timeline}
          <section className="card-form danger-zone" aria-label="Remove or export">
            {onDownloadVCard && (
              <button type="button" className="secondary" onClick={() => void onDownloadVCard(contact)}>
                Download vCard
              </button>
            )}
            <button type="button" className="danger" disabled={deleting} onClick={() => void remove()}>
              Delete contact
            </button>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
