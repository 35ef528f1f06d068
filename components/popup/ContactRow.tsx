import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';

interface Props {
  contact: Contact;
  current: boolean;
  onSelect?: (contact: Contact) => void;
  /** Back from this contact's draft: their Draft button takes focus again, where the user left. */
  focusDraft?: boolean;
}

/** One saved person. Every string is page-derived text and is rendered as text only. */
export function ContactRow({ contact, current, onSelect, focusDraft = false }: Props) {
  return (
    <li className={current ? 'current' : undefined} aria-current={current ? 'page' : undefined} data-testid="contact-row">
      <div style={{ flex: 1, minWidth: 0 }}>
        <div className="contact-name">
          {contact.fullName}
          {current && <span className="badge">This page</span>}
        </div>
        {contact.headline && <div className="contact-headline">{contact.headline}</div>}
        <div className="contact-headline">{STAGE_LABELS[contact.stage]}</div>
      </div>
      {onSelect && (
        <button
          type="button"
          className="secondary"
          onClick={() => onSelect(contact)}
          aria-label={`Draft a message to ${contact.fullName}`}
          // Only when coming back from this row's own draft, never on first open.
          autoFocus={focusDraft}
        >
          Draft
        </button>
      )}
    </li>
  );
}
