import { REMINDER_HEADINGS, reminderLabel } from './labels';
import { alarmName } from './alarm-sync';
import type { DueStep } from '@/lib/method/due-step';
import type { Reminder } from './reminder';

export const SUMMARY_NOTIFICATION_ID = 'reminders:summary';
/** Chrome shows at most two buttons; the message is cut after a few lines. */
const MAX_NAMES = 4;

export type NotificationAction = 'draft' | 'snooze-1-day' | 'mark-no-reply' | 'open';

export interface NotificationPlan {
  /** `reminder:<id>` for one reminder, `reminders:summary` for several (a new summary replaces the old). */
  id: string;
  title: string;
  message: string;
  /** In the order Chrome shows them; the click handler maps the button index back to `action`. */
  buttons: Array<{ title: string; action: NotificationAction }>;
  /** The reminders this notification covers: mark them fired (firedAt) once it is shown. */
  reminderIds: string[];
}

/** A due reminder; the step fields (from due-items.ts) say how it reads against the contact's next step. */
export interface DueItem extends Partial<DueStep> {
  reminder: Reminder;
  contactName: string;
  referrerName?: string;
}

function listNames(names: string[]): string {
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * What to show for reminders that came due: one notification with actions for a single
 * reminder, or ONE summary for several, never a flood. Reminders that already notified
 * (firedAt) are left out, so each notifies once. Null when there is nothing new.
 */
export function notificationPlan(due: DueItem[]): NotificationPlan | null {
  const seen = new Set<string>();
  const fresh = due.filter(({ reminder }) => {
    if (reminder.firedAt !== undefined || seen.has(reminder.id)) return false;
    seen.add(reminder.id);
    return true;
  });
  const [first] = fresh;
  if (!first) return null;

  if (fresh.length === 1) {
    const { reminder, contactName, referrerName, isNextStep = true } = first;
    // Without a next step (older callers) the reminder's own template is the draft.
    const draftable = first.templateKind !== undefined || first.isNextStep === undefined;
    const act: NotificationPlan['buttons'][number] =
      reminder.kind === 'mark-no-reply' && isNextStep
        ? { title: 'Mark No reply', action: 'mark-no-reply' }
        : draftable
          ? { title: 'Draft it', action: 'draft' }
          : { title: 'Open contact', action: 'open' };
    return {
      id: alarmName(reminder.id),
      title: first.heading ?? REMINDER_HEADINGS[reminder.kind],
      message: first.action ?? reminderLabel(reminder.kind, { name: contactName, referrerName }),
      buttons: [act, { title: 'Snooze 1 day', action: 'snooze-1-day' }],
      reminderIds: [reminder.id],
    };
  }

  const names = [...new Set(fresh.map((d) => d.contactName))];
  return {
    id: SUMMARY_NOTIFICATION_ID,
    title: `${fresh.length} follow-ups due`,
    message: `For ${listNames(names)}`,
    buttons: [{ title: 'Open Coffee Chat', action: 'open' }],
    reminderIds: fresh.map((d) => d.reminder.id),
  };
}
