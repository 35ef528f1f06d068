import type { Contact } from '@/lib/contacts/contact';

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so NFD alone would
 * leave "Søren" unmatched by "soren".
 */
const FOLDS: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};
const FOLD_RE = /[øđðłßæœþı]/g;
const MARKS_RE = /\p{M}/gu;

const NON_ASCII_RE = /[^\u0000-\u007f]/;

/** Lower case, without diacritics: "Zoë Ørsted" → "zoe orsted". */
export function normalise(text: string): string {
  // Most text is plain ASCII: skip the costly decomposition for it (long notes × 10,000).
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(FOLD_RE, (ch) => FOLDS[ch] ?? ch);
}

/** The words of a query, normalised; every one must match (AND). */
export function queryTerms(query: string): string[] {
  return normalise(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** The fields the search box looks at, joined by a newline so a term cannot span two fields. */
export function searchText(contact: Contact): string {
  const parts: Array<string | undefined> = [
    contact.fullName,
    contact.currentCompany,
    contact.currentTitle,
    contact.headline,
    ...(contact.education ?? []).map((e) => e.school),
    ...(contact.tags ?? []),
    contact.notes,
  ];
  return normalise(parts.filter((p): p is string => !!p).join('\n'));
}

export interface SearchEntry<C extends Contact = Contact> {
  contact: C;
  text: string;
}

/** Built once per data change (the caller memoises it) so a keystroke only runs `includes`. */
export function buildSearchIndex<C extends Contact>(contacts: readonly C[]): SearchEntry<C>[] {
  return contacts.map((contact) => ({ contact, text: searchText(contact) }));
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}
