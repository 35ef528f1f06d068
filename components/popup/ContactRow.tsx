import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';

interface Props {
  contact: Contact;
  current: boolean;
  onSelect?: (contact: Contact) => void;
}

/** One saved person. Every string is page-derived text and is rendered as text only. */
export function ContactRow({ contact, current, onSelect }: Props) {
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
        <button type="button" className="secondary" onClick={() => onSelect(contact)} aria-label={`Draft a message to ${contact.fullName}`}>
          Draft
        </button>
      )}
    </li>
  );
}
