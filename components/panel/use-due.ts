import { dueReminders } from '@/lib/reminders/due';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DueItem } from '@/components/popup/DueList';
import type { CoffeeChatDB } from '@/lib/db/database';
import { openReminders } from '@/lib/db/reminders';
import { dueLabel } from '@/lib/reminders/due-label';
import { nextStepsOf } from '@/lib/db/next-steps';
import { dueItems } from '@/lib/reminders/due-items';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';

export type PopupDueItem = DueItem & { templateKind?: string | undefined };

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
      // Steps only for the people with something due (reading everyone's records is slow at scale).
      const dueIds = new Set(dueReminders(open, now).map((r) => r.contactId));
      const steps = await nextStepsOf(db, contacts.filter((c) => dueIds.has(c.id)), now);
      // Named and chosen as the notifications name and choose them (due-items.ts).
      return dueItems(open, byId, now, steps).map(({ reminder, contactName, action, templateKind, isNextStep }) => ({
        reminderId: reminder.id,
        contactId: reminder.contactId,
        contactName,
        action: action ?? '',
        when: dueLabel(reminder, now),
        templateKind,
        draftable: templateKind !== undefined,
        suggestsNoReply: reminder.kind === 'mark-no-reply' && isNextStep !== false,
        ...(isNextStep === false ? { contactHref: pageUrl(pagePaths.contact(reminder.contactId)), canComplete: false } : {}),
      }));
    }, [db]) ?? []
  );
}
