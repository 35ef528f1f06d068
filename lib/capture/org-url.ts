import { parseLinkedInUrl, slugAfter } from './profile-url';

/**
 * `https://www.linkedin.com/company/<x>/` or `.../school/<x>/` for a company or school link as it
 * appears in an Experience or Education entry (relative, on a country subdomain, with ?trk=…).
 * Undefined for anything else: entries without a LinkedIn page link to a people search instead.
 */
export function canonicalOrgUrl(href: string | null | undefined, base = 'https://www.linkedin.com/'): string | undefined {
  if (!href) return undefined;
  let absolute: string;
  try {
    absolute = new URL(href, base).href;
  } catch {
    return undefined;
  }
  const parsed = parseLinkedInUrl(absolute);
  if (!parsed) return undefined;
  for (const kind of ['company', 'school'] as const) {
    const slug = slugAfter(parsed, kind);
    if (slug) return `https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}/`;
  }
  return undefined;
}
