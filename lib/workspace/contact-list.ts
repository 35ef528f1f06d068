import type { Contact } from '@/lib/contacts/contact';
import type { Stage } from '@/lib/contacts/stage';
import { matchesTerms, queryTerms, type SearchEntry } from './search';

export type ContactSort = 'next-reminder' | 'last-contact' | 'name';

export const SORT_LABELS: Record<ContactSort, string> = {
  'next-reminder': 'Next reminder',
  'last-contact': 'Last contact',
  name: 'Name',
};

export interface ContactFilters {
  query: string;
  stage?: Stage;
  tag?: string;
  /** Only contacts whose id is in `dueIds`. */
  dueOnly?: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareByName(a: Contact, b: Contact): number {
  return collator.compare(a.fullName, b.fullName);
}

/** A new sorted array; ties fall back to name so the order is stable between renders. */
export function sortContacts<C extends Contact>(
  contacts: readonly C[],
  sort: ContactSort,
  nextReminderAt: ReadonlyMap<string, number> = new Map(),
): C[] {
  const out = contacts.slice();
  if (sort === 'name') return out.sort(compareByName);
  if (sort === 'last-contact') return out.sort((a, b) => b.updatedAt - a.updatedAt || compareByName(a, b));
  // Soonest reminder first; people with no reminder go last, by name.
  return out.sort((a, b) => {
    const ra = nextReminderAt.get(a.id);
    const rb = nextReminderAt.get(b.id);
    if (ra !== undefined && rb !== undefined) return ra - rb || compareByName(a, b);
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareByName(a, b);
  });
}

/** The index in another order, without normalising any text again. */
export function sortIndex<C extends Contact>(
  index: readonly SearchEntry<C>[],
  sort: ContactSort,
  nextReminderAt?: ReadonlyMap<string, number>,
): SearchEntry<C>[] {
  const position = new Map<C, SearchEntry<C>>(index.map((e) => [e.contact, e]));
  return sortContacts(
    index.map((e) => e.contact),
    sort,
    nextReminderAt,
  ).map((c) => position.get(c)!);
}

export function filterIndex<C extends Contact>(
  index: readonly SearchEntry<C>[],
  filters: ContactFilters,
  dueIds: ReadonlySet<string> = new Set(),
): C[] {
  const terms = queryTerms(filters.query);
  const { stage, tag, dueOnly } = filters;
  const out: C[] = [];
  for (const entry of index) {
    const c = entry.contact;
    if (stage && c.stage !== stage) continue;
    if (tag && !(c.tags ?? []).includes(tag)) continue;
    if (dueOnly && !dueIds.has(c.id)) continue;
    if (terms.length > 0 && !matchesTerms(entry.text, terms)) continue;
    out.push(c);
  }
  return out;
}

/** Every tag in use, alphabetically, for the tag filter. */
export function allTags(contacts: readonly Contact[]): string[] {
  const tags = new Set<string>();
  for (const c of contacts) for (const t of c.tags ?? []) tags.add(t);
  return [...tags].sort((a, b) => collator.compare(a, b));
}
