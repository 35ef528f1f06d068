import type { AccountType, Channel } from './template';

// Limits as LinkedIn Help states them; one constant each so a change on LinkedIn's side is one edit.

/** Connection-request note with Premium. */
export const CONNECTION_NOTE_LIMIT_PREMIUM = 300;
/** Connection-request note on a free account (LinkedIn shortened it to 200). */
export const CONNECTION_NOTE_LIMIT_FREE = 200;
/** InMail subject line. */
export const INMAIL_SUBJECT_LIMIT = 200;
/** InMail body. */
export const INMAIL_BODY_LIMIT = 2_000;
/**
 * Message to a connection. LinkedIn publishes no figure and third-party reports disagree
 * (anything from 1,900 to 8,000); 8,000 is the most commonly reported box limit. A good
 * informational-interview ask is far shorter, so the exact number rarely matters.
 */
export const LINKEDIN_MESSAGE_LIMIT = 8_000;
// Email has no body limit worth enforcing, and its subject line has no hard limit either.

export function bodyLimit(channel: Channel, accountType: AccountType): number | undefined {
  switch (channel) {
    case 'connection-note':
      return accountType === 'premium' ? CONNECTION_NOTE_LIMIT_PREMIUM : CONNECTION_NOTE_LIMIT_FREE;
    case 'inmail':
      return INMAIL_BODY_LIMIT;
    case 'linkedin-message':
      return LINKEDIN_MESSAGE_LIMIT;
    case 'email':
      return undefined;
  }
}

export function subjectLimit(channel: Channel): number | undefined {
  return channel === 'inmail' ? INMAIL_SUBJECT_LIMIT : undefined;
}

// Built once: Intl.Segmenter is in every browser this extension supports and in Node 16+,
// but a missing one must not break drafting.
const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/**
 * Characters as a person counts them: "é" written as e + accent, a flag or a family emoji is one,
 * not the 2–11 UTF-16 units `text.length` reports. Falls back to code points (`[...text]`), which
 * already counts most emoji once. LinkedIn's own counter may count an emoji as 2, so a note full of
 * emoji right at the limit can still be a character or two long there; plain text counts the same.
 */
export function countCharacters(text: string): number {
  if (!graphemes) return [...text].length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

export interface Count {
  used: number;
  limit?: number;
  /** Characters beyond the limit; 0 when within it or when there is none. */
  over: number;
}

function count(text: string, limit: number | undefined): Count {
  const used = countCharacters(text);
  return limit === undefined ? { used, over: 0 } : { used, limit, over: Math.max(0, used - limit) };
}

export function countFor(channel: Channel, text: string, accountType: AccountType): Count {
  return count(text, bodyLimit(channel, accountType));
}

export function countSubjectFor(channel: Channel, subject: string): Count {
  return count(subject, subjectLimit(channel));
}
