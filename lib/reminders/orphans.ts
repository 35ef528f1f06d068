import type { Reminder } from './reminder';

/**
 * Splits off reminders whose contact was deleted. They are dropped quietly: a notification
 * about someone who is gone can only confuse, and there is nothing to undo.
 */
export function dropOrphans(
  reminders: Reminder[],
  contactIds: Iterable<string>,
): { keep: Reminder[]; orphanIds: string[] } {
  const known = new Set(contactIds);
  const keep: Reminder[] = [];
  const orphanIds: string[] = [];
  for (const r of reminders) {
    if (known.has(r.contactId)) keep.push(r);
    else orphanIds.push(r.id);
  }
  return { keep, orphanIds };
}
