import type { NextStep as Step, StepId } from '@/lib/method/next-step';
import { KIND_LABELS, type TemplateKind } from '@/lib/templates/template';

interface Props {
  /** From nextStep() (lib/method/next-step.ts). */
  step: Step;
  /** Opens the draft of the step's template. Left out where that draft is already on screen. */
  onDraft?: ((kind: TemplateKind) => void) | undefined;
  /** The contact's workspace page, where the steps that are no message are done. */
  contactHref?: string | undefined;
  /** For the "Mark as No reply" step. */
  onMarkNoReply?: (() => void) | undefined;
}

/** Where on the contact's page a step that is no message is done. */
const PAGE_ACTIONS: Partial<Record<StepId, string>> = {
  'log-interview': 'Open the interview log',
  'book-meeting': 'Add the meeting',
  // Waiting has nothing to draft, but the answer comes elsewhere (LinkedIn, email): once it
  // does, the meeting is what moves them on.
  'wait-for-reply': 'They replied? Add the meeting',
  meet: 'Open the prep sheet',
};

/** The one thing to do next for a contact, with the button that starts it. Text only. */
export function NextStep({ step, onDraft, contactHref, onMarkNoReply }: Props) {
  const pageAction = PAGE_ACTIONS[step.id];
  const kind = step.templateKind;
  return (
    <section aria-label="Next step" className="next-step" data-testid="next-step" data-step={step.id}>
      <p className="next-step-label">
        <strong>Next step: {step.label}</strong>
      </p>
      <p className="hint">{step.reason}</p>
      {kind && onDraft && (
        <button type="button" onClick={() => onDraft(kind)}>
          Draft the {KIND_LABELS[kind].toLowerCase()}
        </button>
      )}
      {step.id === 'mark-no-reply' && onMarkNoReply && (
        <button type="button" onClick={onMarkNoReply}>
          Mark No reply
        </button>
      )}
      {!kind && pageAction && contactHref && (
        <a className="button" href={contactHref} target="_blank" rel="noreferrer">
          {pageAction}
        </a>
      )}
    </section>
  );
}
