import type { Stage } from '@/lib/contacts/stage';
import { TEMPLATE_KINDS, type Template, type TemplateKind } from '@/lib/templates/template';

/** The message a contact most likely needs next, from where they are in the pipeline. */
const KIND_FOR_STAGE: Record<Stage, TemplateKind> = {
  identified: 'cold-ask',
  researching: 'research-ask',
  requested: 'no-reply-nudge',
  scheduled: 'meeting-confirmation',
  interviewed: 'thank-you',
  thanked: 'ask-for-names',
  'keeping-in-touch': 'check-in',
  'no-reply': 'check-in',
  declined: 'check-in',
  archived: 'check-in',
};

export function suggestedKind(stage: Stage, referred: boolean): TemplateKind {
  if (referred && (stage === 'identified' || stage === 'researching')) return 'referral-intro';
  return KIND_FOR_STAGE[stage];
}

/** The template to open with: the shipped one of that kind first, else any of that kind. */
export function templateForKind(templates: readonly Template[], kind: string | null | undefined): Template | undefined {
  if (!kind) return undefined;
  const ofKind = templates.filter((t) => t.kind === kind);
  return ofKind.find((t) => t.isDefault) ?? ofKind[0];
}

/** Templates in the order of the method (cold ask … ask for names, then custom), then by name. */
export function inMethodOrder(templates: readonly Template[]): Template[] {
  const rank = (t: Template) => TEMPLATE_KINDS.indexOf(t.kind);
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
