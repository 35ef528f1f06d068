import type { Contact } from '@/lib/contacts/contact';
import { dueReminders } from './due';
import type { DueItem } from './notification-plan';
import type { Reminder } from './reminder';

/** The due reminders of contacts that still exist, with the names a notification shows. */
export function dueItems(reminders: Reminder[], contacts: Map<string, Contact>, now: number): DueItem[] {
  return dueReminders(reminders, now).flatMap((reminder) => {
    const contact = contacts.get(reminder.contactId);
    if (!contact) return [];
    const referrer = contact.referredById ? contacts.get(contact.referredById) : undefined;
    return [
      {
        reminder,
        contactName: contact.firstName || contact.fullName,
        ...(referrer ? { referrerName: referrer.fullName } : {}),
      },
    ];
  });
}
