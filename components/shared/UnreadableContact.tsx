import { useState, type CSSProperties } from 'react';

export const UNREADABLE_CONTACT = "This contact has a field we can't display";

interface Props {
  /** The stored record as read, unchecked: only its name is shown, as text. */
  contact: { id: string; fullName?: unknown };
  /** Saves the record as it is stored, so nothing is lost before deleting it. */
  onExport?: () => void;
  onDelete?: () => Promise<string | null>;
  /** Where to see the whole record (the popup links to the workspace page). */
  href?: string;
  /** A list row instead of a page. */
  compact?: boolean;
  style?: CSSProperties;
}

export function contactNameOf(contact: { fullName?: unknown }): string {
  return typeof contact.fullName === 'string' && contact.fullName.trim() ? contact.fullName : 'This contact';
}

/** What a contact shows when a stored field cannot be displayed: the name and a way out. */
export function UnreadableContact({ contact, onExport, onDelete, href, compact, style }: Props) {
  const [error, setError] = useState<string>();
  const name = contactNameOf(contact);
  const remove = async () => {
    if (!onDelete) return;
    setError((await onDelete()) ?? undefined);
  };
  const Heading = compact ? 'span' : 'h1';
  return (
    <div role={compact ? 'listitem' : 'alert'} className="unreadable-contact" data-testid="unreadable-contact" style={style}>
      <Heading className="strong">{name}</Heading>
      <p>
        {UNREADABLE_CONTACT}. Export it to keep what is saved, or delete it.
        {href && (
          <>
            {' '}
            <a href={href}>Open it</a>
          </>
        )}
      </p>
      {(onExport || onDelete) && (
        <p className="actions">
          {onExport && (
            <button type="button" className="secondary" onClick={onExport}>
              Export
            </button>
          )}
          {onDelete && (
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
