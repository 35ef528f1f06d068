// Shared pieces for the etiquette patterns. JavaScript's \b only knows ASCII letters, so it would
// split "currículum" or "Empfehlung für" wrongly; these lookarounds know every script's letters.

/** Start of a word. */
export const W = String.raw`(?<![\p{L}\p{N}_])`;
/** End of a word. A hyphen and letter after it ("jobs-to-be-done", "job-search") also ends the match
 * badly on purpose: a hyphenated compound is a topic, not a request. */
export const E = String.raw`(?![\p{L}\p{N}_]|-\p{L})`;
export function words(source: string): RegExp {
  return new RegExp(`${W}(?:${source})${E}`, 'giu');
}

/** Curly quotes and odd spaces become plain ones, so "isn’t" and "isn't" match the same pattern. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u00A0\u202F]/g, ' ');
}

// Negations in English, German, French and Spanish: "not asking for a job", "suche keinen Job",
// "ne cherche pas un emploi", "no busco trabajo".
const NEGATION = new RegExp(
  `${W}(?:not|never|no|nor|without|rather\\s+than|instead\\s+of|nicht|kein\\p{L}*|nie|niemals|ohne|statt|ne|pas|jamais|aucun|aucune|non|sans|plutôt|nunca|ningún|ninguna|ninguno|sin|tampoco)${E}|n't${E}|${W}n'`,
  'iu',
);

// Where a clause starts: a negation before this does not reach the words after it.
const CLAUSE_BREAK = /[.!?;:,()\n\u2013\u2014]|\s-\s/g;

/** True when a negation sits in the matched words or in the few words before them in the same clause. */
export function isNegated(text: string, index: number, matched: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  return NEGATION.test(before.slice(clauseStart)) || NEGATION.test(matched);
}

/** The word just before `index`, lower-cased ("" at the start). */
export function wordBefore(text: string, index: number): string {
  const match = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return match?.[1]?.toLowerCase() ?? '';
}

/** Whole-word, case-insensitive "does this text mention that name or phrase". */
export function mentions(text: string, phrase: string | undefined): boolean {
  const wanted = phrase?.trim();
  if (!wanted || wanted.length < 2) return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`${W}${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(normalise(text));
}
