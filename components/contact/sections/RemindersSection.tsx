import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import { remindersOf } from '@/lib/workspace/contact-sections';
import { ReminderList } from '../ReminderList';

interface Props {
  db: CoffeeChatDB;
  contact: Contact;
  onReminderAction: (reminderId: string, action: 'done' | 'dismiss') => void;
}

export function RemindersSection({ db, contact, onReminderAction }: Props) {
  const reminders = useLiveQuery(() => remindersOf(db, contact.id), [db, contact.id]);
  return reminders ? (
    <ReminderList
      reminders={reminders}
      name={contact.firstName || contact.fullName}
      onDone={(r) => onReminderAction(r.id, 'done')}
      onDismiss={(r) => onReminderAction(r.id, 'dismiss')}
    />
  ) : null;
}
