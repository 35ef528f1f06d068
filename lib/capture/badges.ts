import { asciiDigits, cleanText } from './text';

const DEGREES = ['1st', '2nd', '3rd'] as const;

// The badge in every language: a digit with the suffix its language gives it ("2nd", "2.", "2e",
// "3ème", "2º", "2-й", "2次", "2度", "2촌"), or, in Arabic, the word for degree and an ordinal
// ("الدرجة الثانية"): the one language that writes no digit.
const SUFFIXES = String.raw`st|nd|rd|ème|er|e|º|°|ª|\.|-й|-я|次|度|촌`;
const ARABIC_DEGREE = 'الدرجة';
const ARABIC_ORDINALS = ['الأولى', 'الثانية', 'الثالثة'];

/** The badge ending a name heading ("Jane Doe, MBA · 2nd": older Ember name lines carry it). */
export const TRAILING_DEGREE = new RegExp(String.raw`\s*[·•]\s*([123](?:${SUFFIXES})?\+?|${ARABIC_DEGREE}\s+\S+)\s*$`, 'i');
const LEADING_BADGE = new RegExp(String.raw`^(?:[123](?:${SUFFIXES}|\b)|${ARABIC_DEGREE}\s)`, 'i');

/** A line that is the badge: "· 2nd", "2nd degree connection", "3e", "2º", "· الدرجة الثانية". */
export function isDegreeBadge(text: string): boolean {
  const clean = asciiDigits(text.replace(/^[·•]\s*/, ''));
  return clean.length <= 30 && LEADING_BADGE.test(clean) && connectionDegreeFrom(clean) !== undefined;
}

/**
 * "· 2nd", "2nd degree connection", "· 2.", "2e", "3rd+" → "1st" | "2nd" | "3rd". The badge is
 * a lone digit in every language but Arabic, so the digit is what is read.
 */
export function connectionDegreeFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = asciiDigits(cleanText(text)).replace(/^[·•]\s*/, '');
  if (clean.length > 40) return undefined;
  if (clean.startsWith(`${ARABIC_DEGREE} `)) {
    const word = ARABIC_ORDINALS.findIndex((ordinal) => clean.endsWith(ordinal));
    return word >= 0 ? DEGREES[word] : undefined;
  }
  const digits = clean.match(/\d/g);
  if (!digits || digits.length !== 1) return undefined;
  return DEGREES[Number(digits[0]) - 1];
}

/**
 * "She/Her", "(they/them)", "Sie/ihr": short words joined by slashes, no digits. A slash alone
 * (a media player's "0:00 / 0:07" divider) is not pronouns.
 */
const PRONOUNS = /^\p{L}+(?:\s*\/\s*\p{L}+)+$/u;

export function pronounsFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = cleanText(text).replace(/^\((.*)\)$/, '$1').trim();
  return clean.length <= 40 && PRONOUNS.test(clean) ? clean : undefined;
}
