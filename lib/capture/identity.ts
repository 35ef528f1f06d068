import { parseLinkedInUrl, profileSlug, slugAfter } from './profile-url';

// Sub-pages of the profile being shown. Links to other people (rails, mutual connections,
// comments) point at the bare /in/<slug>/, so these links name the page's own subject.
const OWN_SUBPAGES = new Set(['overlay', 'details', 'recent-activity', 'detail', 'edit']);

/** Slugs named by links to sub-pages of a profile (contact info, "Show all experiences"). */
export function ownSlugsIn(scope: ParentNode, base: string): string[] {
  const slugs = new Set<string>();
  let links: Iterable<Element>;
  try {
    links = scope.querySelectorAll('a[href*="/in/"]');
  } catch {
    // Identity is extra evidence; a card that cannot be searched simply adds none.
    return [];
  }
  for (const link of links) {
    const parsed = absoluteLinkedIn(link.getAttribute('href'), base);
    if (!parsed) continue;
    const sub = parsed.pathname.split('/')[3]?.toLowerCase();
    const slug = slugAfter(parsed, 'in');
    if (slug && sub && OWN_SUBPAGES.has(sub)) slugs.add(slug);
  }
  return [...slugs];
}

/** The slug of an absolute or relative profile URL, e.g. a JSON-LD `url` or a canonical link. */
export function slugOfHref(href: string | null | undefined, base: string): string | undefined {
  const parsed = absoluteLinkedIn(href, base);
  return parsed ? (profileSlug(parsed.href) ?? undefined) : undefined;
}

function absoluteLinkedIn(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    return parseLinkedInUrl(new URL(href, base).href);
  } catch {
    return null;
  }
}

/**
 * True when any of the page's own links names someone other than the person in the address bar:
 * after an in-page navigation LinkedIn keeps showing the previous profile, or some of its cards,
 * until the new one renders. Member-id links are left out; they do not name a vanity slug.
 */
export function namesSomeoneElse(ownSlugs: string[], slug: string): boolean {
  return ownSlugs.some((own) => own !== slug && !isMemberIdSlug(own));
}

// Links from search results and messages can carry the member id ("ACoAAB1x…") instead of the
// vanity name; the page's own links then give the vanity name, which is the stable key.
const MEMBER_ID = /^acoa[a-z0-9_-]{10,}$/;

export function isMemberIdSlug(slug: string): boolean {
  return MEMBER_ID.test(slug);
}
