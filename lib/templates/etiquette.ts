import { countFor, countSubjectFor } from './channels';
import { findJobAsk } from './job-ask';
import { saysHowWeMet } from './source-phrases';
import { CHANNEL_LABELS, type AccountType, type Channel, type TemplateKind } from './template';
import { mentions, normalise } from './text-match';
import { findLongTimeAsk, MAX_ASK_MINUTES } from './time-ask';
import { VARIABLE_NAMES } from './variables';

export const LINT_RULES = [
  'job-ask',
  'long-time-ask',
  'no-source',
  'not-personal',
  'unfilled-placeholder',
  'over-limit',
  'subject-over-limit',
  'second-nudge',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** Advice about a draft, never a reason to block it: the user knows things the lint does not. */
export interface Flag {
  rule: LintRule;
  /** One sentence that says why. */
  message: string;
}

export interface LintContext {
  /** Nudges already sent to this person with no reply since. */
  priorUnansweredNudges?: number;
  hasReplied?: boolean;
  recipientFirstName?: string;
  /** How the user found them (the contact's source); quoting it counts as saying so. */
  howWeMet?: string;
  referrerName?: string;
  /** Specifics about the person (company, title, their article…); naming one counts as personal. */
  details?: string[];
}

export interface LintInput {
  text: string;
  subject?: string;
  channel: Channel;
  kind: TemplateKind;
  accountType: AccountType;
  context?: LintContext;
}

/**
 * First-contact kinds: these must say how the user found the person. Follow-ups (confirmation,
 * thank-you, nudge, check-in, ask for names) go to someone who already knows, and a custom
 * template's purpose is unknown, so they are not asked to.
 */
const FIRST_CONTACT: ReadonlySet<TemplateKind> = new Set([
  'cold-ask',
  'referral-intro',
  'alumni-ask',
  'research-ask',
  'connection-note',
]);

/** Words a hand-written placeholder tends to contain: "[Name]", "[Company name]", "[insert topic]". */
const BRACKET_PLACEHOLDER = /\[(?=[^\]\n]{1,40}\])[^\]\n]*?(?:name|company|title|school|date|time|place|topic|insert|xx)[^\]\n]*\]/i;

function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\{\{[^{}\n]{0,40}\}\}|\{\{/g)) found.add(m[0]);
  for (const name of VARIABLE_NAMES) if (text.includes(`[${name}]`)) found.add(`[${name}]`);
  const generic = BRACKET_PLACEHOLDER.exec(text);
  if (generic) found.add(generic[0]);
  return [...found];
}

function overLimitMessage(over: number, limit: number, channel: Channel, accountType: AccountType): string {
  const where =
    channel === 'connection-note'
      ? `a connection note${accountType === 'free' ? ' on a free account' : ''}`
      : `${CHANNEL_LABELS[channel].replace('LinkedIn ', '')} text`;
  return `It is ${over} character${over === 1 ? '' : 's'} over the ${limit}-character limit for ${where}, so LinkedIn will not send it as it is.`;
}

export function lintDraft(input: LintInput): Flag[] {
  const { text, channel, kind, accountType } = input;
  const subject = input.subject ?? '';
  const context = input.context ?? {};
  const whole = normalise(subject ? `${subject}\n${text}` : text);
  const flags: Flag[] = [];

  const jobAsk = findJobAsk(whole);
  if (jobAsk) {
    flags.push({
      rule: 'job-ask',
      message: `"${jobAsk}" reads as asking for a job, which turns a request for advice into a favour they may not be able to give.`,
    });
  }

  const longAsk = findLongTimeAsk(whole);
  if (longAsk) {
    flags.push({
      rule: 'long-time-ask',
      message: `Asking for "${longAsk}" is a big favour; ${MAX_ASK_MINUTES} minutes at most (20 is ideal) is much easier to say yes to.`,
    });
  }

  if (FIRST_CONTACT.has(kind) && !saysHowWeMet(whole, context.howWeMet, context.referrerName)) {
    flags.push({
      rule: 'no-source',
      message: 'It does not say how you found them, and who suggested them or what you share is the strongest opening line.',
    });
  }

  const details = (context.details ?? []).filter((d) => d.trim().length >= 3);
  const canJudge = !!context.recipientFirstName?.trim() || details.length > 0;
  if (canJudge && !mentions(whole, context.recipientFirstName) && !details.some((d) => mentions(whole, d))) {
    flags.push({
      rule: 'not-personal',
      message: 'It names neither them nor anything specific about their work, so it reads like a message sent to many people.',
    });
  }

  const placeholders = placeholdersIn(whole);
  if (placeholders.length > 0) {
    flags.push({
      rule: 'unfilled-placeholder',
      message: `It still contains ${placeholders.join(', ')}, which the recipient would see as an unfinished form letter.`,
    });
  }

  const body = countFor(channel, text, accountType);
  if (body.limit !== undefined && body.over > 0) {
    flags.push({ rule: 'over-limit', message: overLimitMessage(body.over, body.limit, channel, accountType) });
  }
  const subjectCount = countSubjectFor(channel, subject);
  if (subjectCount.limit !== undefined && subjectCount.over > 0) {
    flags.push({
      rule: 'subject-over-limit',
      message: `The subject is ${subjectCount.over} character${subjectCount.over === 1 ? '' : 's'} over InMail's ${subjectCount.limit}-character limit, so LinkedIn will not send it as it is.`,
    });
  }

  if (kind === 'no-reply-nudge' && !context.hasReplied && (context.priorUnansweredNudges ?? 0) >= 1) {
    flags.push({
      rule: 'second-nudge',
      message: 'You have already followed up once without a reply, and a second nudge tends to cost goodwill, so it is kinder to stop here.',
    });
  }

  return flags;
}
