import { useLiveQuery } from 'dexie-react-hooks';
import type { DueItem } from '@/components/popup/DueList';
import type { CoffeeChatDB } from '@/lib/db/database';
import { openReminders } from '@/lib/db/reminders';
import { dueLabel } from '@/lib/reminders/due-label';
import { reminderLabel, REMINDER_TEMPLATE_KIND } from '@/lib/reminders/labels';
import { dueItems } from '@/lib/reminders/due-items';

export type PopupDueItem = DueItem & { templateKind: string };

/** Follow-ups due now, oldest first, named as the notifications name them. */
export function useDue(db: CoffeeChatDB): PopupDueItem[] {
  return (
    useLiveQuery(async () => {
      const now = Date.now();
      const open = await openReminders(db);
      if (open.length === 0) return [];
      const ids = [...new Set(open.map((r) => r.contactId))];
      const contacts = (await db.contacts.bulkGet(ids)).filter((c) => c !== undefined);
      const referrers = await db.contacts.bulkGet(contacts.flatMap((c) => (c.referredById ? [c.referredById] : [])));
      const byId = new Map([...contacts, ...referrers.filter((c) => c !== undefined)].map((c) => [c.id, c]));
      return dueItems(open, byId, now).map(({ reminder, contactName, referrerName }) => ({
        reminderId: reminder.id,
        contactId: reminder.contactId,
        contactName,
        action: reminderLabel(reminder.kind, { name: contactName, ...(referrerName ? { referrerName } : {}) }),
        when: dueLabel(reminder, now),
        templateKind: REMINDER_TEMPLATE_KIND[reminder.kind],
        suggestsNoReply: reminder.kind === 'mark-no-reply',
      }));
    }, [db]) ?? []
  );
}
