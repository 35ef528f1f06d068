import { REMINDER_HEADINGS, REMINDER_TEMPLATE_KIND, reminderLabel, type LabelNames } from '@/lib/reminders/labels';
import type { Reminder } from '@/lib/reminders/reminder';
import type { TemplateKind } from '@/lib/templates/template';
import { REMINDER_STEP, type NextStep, type StepId } from './next-step';

export interface DueStep {
  /** What to do, in words: "Send a thank-you to Priya", or the next step's "Log the interview (Priya)". */
  action: string;
  /** A short heading for a notification. */
  heading: string;
  /** What "Draft" opens: the next step's template, never one the method has passed. */
  templateKind?: TemplateKind;
  /** The reminder is the next step itself, so "Done" on it performs that step. */
  isNextStep: boolean;
}

/** Steps that ask nothing of the user now: a due reminder standing in for one is not shown. */
const NOTHING_TO_DO: readonly StepId[] = ['wait-for-reply', 'none'];

/**
 * How a due reminder reads against the contact's next step. A reminder that is the next step
 * reads as itself; one the method has passed (a confirmation for a meeting that has ended, a
 * nudge after the nudge was sent) reads as the next step instead, or not at all.
 */
export function dueStep(reminder: Reminder, step: NextStep | undefined, names: LabelNames): DueStep | null {
  if (!step || REMINDER_STEP[reminder.kind] === step.id) {
    const templateKind = step ? step.templateKind : REMINDER_TEMPLATE_KIND[reminder.kind];
    return {
      action: reminderLabel(reminder.kind, names),
      heading: REMINDER_HEADINGS[reminder.kind],
      ...(templateKind ? { templateKind } : {}),
      isNextStep: true,
    };
  }
  if (NOTHING_TO_DO.includes(step.id)) return null;
  return {
    action: `${step.label} (${names.name})`,
    heading: step.label,
    ...(step.templateKind ? { templateKind: step.templateKind } : {}),
    isNextStep: false,
  };
}
