import type { CSSProperties } from 'react';
import { formatDate } from '@/lib/format/dates';
import type { Contact } from '@/lib/contacts/contact';
import { STAGE_LABELS } from '@/lib/contacts/stage';
import { contactHref } from '@/lib/workspace/routes';

interface Props {
  contact: Contact;
  position: number;
  setSize: number;
  nextReminderAt?: number;
  due?: boolean;
  style?: CSSProperties;
}

/** One person in the contacts list; the whole row is a link to their page. Text only. */
export function ContactListRow({ contact, position, setSize, nextReminderAt, due, style }: Props) {
  const role = [contact.currentTitle, contact.currentCompany].filter(Boolean).join(' at ') || contact.headline || '';
  return (
    <div role="listitem" aria-posinset={position} aria-setsize={setSize} className="contact-row" style={style} data-testid="workspace-contact-row">
      <a className="contact-row-link" href={contactHref(contact.id)}>
        <span className="contact-row-main">
          <span className="contact-row-name">{contact.fullName}</span>
          {role && <span className="contact-row-detail">{role}</span>}
        </span>
        <span className="contact-row-meta">
          <span className={`stage-pill stage-${contact.stage}`}>{STAGE_LABELS[contact.stage] ?? contact.stage}</span>
          {nextReminderAt !== undefined && (
            <span className={due ? 'reminder due' : 'reminder'}>
              {due ? 'Due ' : 'Next '}
              {formatDate(nextReminderAt)}
            </span>
          )}
          <span className="contact-row-updated">Updated {formatDate(contact.updatedAt)}</span>
        </span>
        {(contact.tags ?? []).length > 0 && (
          <span className="contact-row-tags">
            {(contact.tags ?? []).slice(0, 4).map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </span>
        )}
      </a>
    </div>
  );
}
