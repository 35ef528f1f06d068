import type { Contact } from '@/lib/contacts/contact';
import type { TemplateKind } from '@/lib/templates/template';
import { suggestedKind } from './suggest-template';

/**
 * The message this contact needs next. Every drafting surface (popup, side panel) asks here and
 * nowhere else, so the pipeline's next-step function can replace the stage lookup in one place.
 */
export function nextMessageKind(contact: Pick<Contact, 'stage' | 'referredById' | 'referrerNamed'>): TemplateKind {
  return suggestedKind(contact.stage, Boolean(contact.referredById) && contact.referrerNamed !== false);
}
