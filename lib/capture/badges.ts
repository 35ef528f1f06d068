import { asciiDigits, cleanText } from './text';

const DEGREES = ['1st', '2nd', '3rd'] as const;

/**
 * The badge as it ends a name heading ("Jane Doe, MBA · 2nd": older Ember name lines carry it):
 * a digit with the suffix its language gives it ("2.", "2e", "3ème", "2º", "2-й", "2次", "2度",
 * "2촌", "3rd+"), or Arabic's ordinal word.
 */
export const TRAILING_DEGREE = /\s*[·•]\s*((?:1st|2nd|3rd|[123](?:\.|e|er|ème|º|°|ª|-й|-я|次|度|촌)?)\+?|الدرجة\s+\S+)\s*$/i;

// Arabic writes the degree in words ("الدرجة الثانية"), the one language without its digit.
const ARABIC_ORDINALS = ['الأولى', 'الثانية', 'الثالثة'];

/**
 * "· 2nd", "2nd degree connection", "· 2.", "2e", "3rd+" → "1st" | "2nd" | "3rd". The badge is
 * a lone digit in every language but Arabic, so the digit is what is read.
 */
export function connectionDegreeFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = asciiDigits(cleanText(text));
  if (clean.length > 40) return undefined;
  const word = ARABIC_ORDINALS.findIndex((ordinal) => clean.endsWith(ordinal));
  if (word >= 0 && /^[·•]?\s*الدرجة\s/.test(clean)) return DEGREES[word];
  const digits = clean.match(/\d/g);
  if (!digits || digits.length !== 1) return undefined;
  return DEGREES[Number(digits[0]) - 1];
}

/** "She/Her", "(they/them)", "Sie/ihr": short, slashed, no digits. */
export function pronounsFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = cleanText(text).replace(/^\((.*)\)$/, '$1').trim();
  if (clean.length === 0 || clean.length > 40 || !clean.includes('/') || /\d/.test(clean)) return undefined;
  return clean;
}
