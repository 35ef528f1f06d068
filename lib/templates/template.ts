import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';

/** The message kinds of the method (../shared/method.md, "Message kinds"), plus the user's own. */
export const TEMPLATE_KINDS = [
  'cold-ask',
  'referral-intro',
  'alumni-ask',
  'research-ask',
  'connection-note',
  'meeting-confirmation',
  'thank-you',
  'no-reply-nudge',
  'check-in',
  'ask-for-names',
  'custom',
] as const;
export const TemplateKind = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKind>;

export const KIND_LABELS: Record<TemplateKind, string> = {
  'cold-ask': 'Cold ask',
  'referral-intro': 'Referral intro',
  'alumni-ask': 'Alumni / shared community ask',
  'research-ask': 'Research-based ask',
  'connection-note': 'Connection request note',
  'meeting-confirmation': 'Meeting confirmation',
  'thank-you': 'Thank-you',
  'no-reply-nudge': 'No-reply nudge',
  'check-in': 'Quarterly check-in',
  'ask-for-names': 'Ask for names',
  custom: 'Custom',
};

export const CHANNELS = ['connection-note', 'linkedin-message', 'inmail', 'email'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  'connection-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  inmail: 'LinkedIn InMail',
  email: 'Email',
};

/** A stored id ("coffee-follow-up") read as words ("Coffee follow up"), for kinds an old backup may hold. */
function idAsWords(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** A sent message's template kind in words; stored outreach keeps the id as a plain string. */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? idAsWords(kind);
}

export function channelLabel(channel: string): string {
  return (CHANNEL_LABELS as Record<string, string>)[channel] ?? idAsWords(channel);
}

/** Only these channels have a subject line; a subject on the others would be silently lost. */
export function channelHasSubject(channel: Channel): boolean {
  return channel === 'email' || channel === 'inmail';
}

/** Mirrors the `accountType` setting: free accounts get a shorter connection note. */
export const AccountType = z.enum(['free', 'premium']);
export type AccountType = z.infer<typeof AccountType>;

/**
 * A message template. `subject` and `body` hold `{{variable}}` placeholders (see variables.ts);
 * the schema checks shape only — validateTemplate also checks the placeholders.
 */
/** Sizes of a template's fields; the template form counts against these. */
export const TEMPLATE_LIMITS = { name: 120, subject: 500, body: 20_000 } as const;

export const Template = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'Give the template a name.').max(TEMPLATE_LIMITS.name),
  kind: TemplateKind,
  channel: Channel,
  subject: z.string().max(TEMPLATE_LIMITS.subject).optional(),
  // Same ceiling as a stored Outreach text, so anything drafted from a template can be recorded.
  body: z.string().max(TEMPLATE_LIMITS.body).refine((body) => body.trim().length > 0, 'The template needs some text.'),
  /** Shipped with the product; "Restore defaults" resets these and keeps the user's own. */
  isDefault: z.boolean().default(false),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Template = z.infer<typeof Template>;
