import { normalise, W, wordBefore } from './text-match';

/** The method's ceiling (../shared/method.md): ask for 20 minutes, never plan past 30. */
export const MAX_ASK_MINUTES = 30;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, several: 2, couple: 2,
  ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, paar: 2,
  une: 1, un: 1, deux: 2, trois: 3, una: 1, uno: 1, dos: 2, tres: 3,
  forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
  vierzig: 40, fünfundvierzig: 45, sechzig: 60, neunzig: 90,
  quarante: 40, 'quarante-cinq': 45, cinquante: 50, soixante: 60,
  cuarenta: 40, 'cuarenta y cinco': 45, cincuenta: 50, sesenta: 60, noventa: 90,
};

// A duration after these is a deadline or a clock time, not the length of the ask:
// "within 24 hours", "in 45 minutes", "à 14h", "um 14 Uhr", "a quarter of an hour".
const NOT_A_LENGTH = new Set([
  'within', 'in', 'after', 'every', 'per', 'next', 'last', 'at', 'by', 'until', 'of',
  'innerhalb', 'nach', 'alle', 'um', 'bis', 'dans', 'après', 'toutes', 'à', 'vers', 'avant',
  'dentro', 'después', 'cada', 'hace', 'las', 'antes',
]);

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const WORD_NUMBER = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, String.raw`\s+`))
  .join('|');
const AMOUNT = String.raw`(?<amount>${NUMBER}|${WORD_NUMBER})(?:\s*(?:-|–|to|or|bis|oder|à|ou|a|o)\s*(?<upTo>${NUMBER}))?(?:\s+of)?`;
const MINUTES = String.raw`min|mins|minutes?|minuten?|minutos?`;
const HOURS = String.raw`hours?|hrs?|stunden?|std|heures?|horas?`;
const DURATION = new RegExp(
  `${W}${AMOUNT}\\s*-?\\s*(?:(?<minutes>${MINUTES})|(?<hours>${HOURS})|(?<h>h)(?!\\d))(?![\\p{L}])`,
  'giu',
);

function amountOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const word = NUMBER_WORDS[text.toLowerCase().replace(/\s+/g, ' ')];
  return word ?? Number.parseFloat(text.replace(',', '.'));
}

/** The first phrase asking for more than 30 minutes ("an hour", "45 minutes", "1h"), if any. */
export function findLongTimeAsk(text: string): string | undefined {
  const clean = normalise(text);
  for (const match of clean.matchAll(DURATION)) {
    const groups = match.groups ?? {};
    const amount = Math.max(amountOf(groups.amount) ?? 0, amountOf(groups.upTo) ?? 0);
    const before = wordBefore(clean, match.index);
    if (NOT_A_LENGTH.has(before)) continue;
    // "half an hour" and "une demi-heure" are within the limit.
    if (before === 'half' || before === 'halbe' || before === 'media') continue;
    // A bare "h" is a duration only for small numbers: "14h" is two o'clock in French.
    if (groups.h && amount > 4) continue;
    const minutes = groups.minutes ? amount : amount * 60;
    if (minutes > MAX_ASK_MINUTES) return match[0].replace(/\s+/g, ' ');
  }
  return undefined;
}
