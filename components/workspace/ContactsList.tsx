import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Contact } from '@/lib/contacts/contact';
import { ViewBoundary } from '@/components/shared/ViewBoundary';
import { UnreadableContact } from '@/components/shared/UnreadableContact';
import { contactHref } from '@/lib/workspace/routes';
import { ContactListRow } from './ContactListRow';

export const CONTACT_ROW_HEIGHT = 72;

interface Props {
  contacts: readonly Contact[];
  nextReminderAt?: ReadonlyMap<string, number>;
  dueIds?: ReadonlySet<string>;
}

/**
 * Only the rows in view (plus a few) are in the DOM, so 10,000 contacts cost what 20 do. Rows
 * have a fixed height: measuring each one would cost a layout per row while scrolling.
 */
export function ContactsList({ contacts, nextReminderAt, dueIds }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CONTACT_ROW_HEIGHT,
    getItemKey: (i) => contacts[i]?.id ?? i,
    overscan: 6,
    // React 19 warns about flushSync inside effects; a frame's delay while scrolling is fine.
    useFlushSync: false,
  });

  return (
    <div ref={scrollRef} className="contacts-scroll" role="list" aria-label="Contacts" tabIndex={-1}>
      <div className="contacts-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const contact = contacts[item.index];
          if (!contact) return null;
          const style = { height: item.size, transform: `translateY(${item.start}px)` };
          return (
            // One unreadable contact shows as a row with its name; the rest of the list stays.
            <ViewBoundary
              key={item.key}
              resetKey={`${contact.id}:${String(contact.updatedAt)}`}
              fallback={() => <UnreadableContact contact={contact} href={contactHref(contact.id)} compact style={style} />}
            >
              <ContactListRow
                contact={contact}
                position={item.index + 1}
                setSize={contacts.length}
                nextReminderAt={nextReminderAt?.get(contact.id)}
                due={dueIds?.has(contact.id)}
                style={style}
              />
            </ViewBoundary>
          );
        })}
      </div>
    </div>
  );
}
