import type { Contact } from '@/lib/contacts/contact';
import { dueStep } from '@/lib/method/due-step';
import type { NextStep } from '@/lib/method/next-step';
import { dueReminders } from './due';
import type { DueItem } from './notification-plan';
import type { Reminder } from './reminder';

/**
 * The due reminders of contacts that still exist, with the names a notification shows, read
 * against each contact's next step (lib/method): one the method has passed shows as that step
 * or not at all, and one person never shows the same step twice.
 */
export function dueItems(
  reminders: Reminder[],
  contacts: Map<string, Contact>,
  now: number,
  steps: ReadonlyMap<string, NextStep> = new Map(),
): DueItem[] {
  const shown = new Set<string>();
  return dueReminders(reminders, now).flatMap((reminder) => {
    const contact = contacts.get(reminder.contactId);
    if (!contact) return [];
    const referrer = contact.referredById ? contacts.get(contact.referredById) : undefined;
    const names = { name: contact.firstName || contact.fullName, ...(referrer ? { referrerName: referrer.fullName } : {}) };
    const step = dueStep(reminder, steps.get(contact.id), names);
    if (!step) return [];
    const key = `${contact.id}\n${step.action}`;
    if (shown.has(key)) return [];
    shown.add(key);
    return [{ reminder, contactName: names.name, ...(referrer ? { referrerName: referrer.fullName } : {}), ...step }];
  });
}
