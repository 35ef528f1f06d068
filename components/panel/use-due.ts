import { useLiveQuery } from 'dexie-react-hooks';
import type { DueItem } from '@/components/popup/DueList';
import type { CoffeeChatDB } from '@/lib/db/database';
import { openReminders } from '@/lib/db/reminders';
import { dueLabel } from '@/lib/reminders/due-label';
import { dueItemsOf } from '@/lib/db/next-steps';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';

export type PopupDueItem = DueItem & { templateKind?: string | undefined };

/** Follow-ups due now, oldest first, named as the notifications name them. */
export function useDue(db: CoffeeChatDB): PopupDueItem[] {
  return (
    useLiveQuery(async () => {
      const now = Date.now();
      const open = await openReminders(db);
      if (open.length === 0) return [];
      return (await dueItemsOf(db, open, now)).map(({ reminder, contactName, action, templateKind, isNextStep }) => ({
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
