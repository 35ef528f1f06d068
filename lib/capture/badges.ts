import { asciiDigits, cleanText } from './text';

const DEGREES = ['1st', '2nd', '3rd'] as const;

/**
 * "· 2nd", "2nd degree connection", "· 2.", "2e", "3rd+" → "1st" | "2nd" | "3rd". The badge is
 * a lone digit in every language, so the digit is what is read.
 */
export function connectionDegreeFrom(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = asciiDigits(cleanText(text));
  if (clean.length > 40) return undefined;
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
