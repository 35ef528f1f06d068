/**
 * LinkedIn serves one profile at many addresses: country subdomains (se., uk.), m., sub-pages
 * (/details/experience/, /overlay/contact-info/), tracking queries, and the slug either raw
 * ("jörg-müller") or percent-encoded. Contacts are keyed by one canonical form of it.
 */

// Only one label in front of linkedin.com: "www", "m", or a country code. This also rejects
// look-alikes such as linkedin.com.evil.com, whose hostname does not end in linkedin.com.
const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)?linkedin\.com$/;
// Vanity names are letters, digits and hyphens in any script; nothing here can be a path or markup.
const BAD_SLUG_CHARS = /[\s/\\?#%<>"'`{}|^[\]]/u;

export function parseLinkedInUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return null;
  }
  return LINKEDIN_HOST.test(parsed.hostname.toLowerCase()) ? parsed : null;
}

/** The decoded, lower-cased path segment after `/<kind>/`, or null when the path is not that shape. */
export function slugAfter(parsed: URL, kind: string): string | null {
  const segments = parsed.pathname.split('/');
  if (segments[1]?.toLowerCase() !== kind) return null;
  return normaliseSlug(segments[2] ?? '');
}

function normaliseSlug(raw: string): string | null {
  let slug = raw;
  // Links copied out of other apps are sometimes encoded twice ("%25C3%25B6").
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(slug); i++) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return null;
    }
  }
  slug = slug.normalize('NFC').toLowerCase();
  if (slug === '' || BAD_SLUG_CHARS.test(slug)) return null;
  return slug;
}

/** The person's vanity name from a profile URL, decoded and lower-cased; null if not a profile URL. */
export function profileSlug(url: string): string | null {
  const parsed = parseLinkedInUrl(url);
  return parsed ? slugAfter(parsed, 'in') : null;
}

/** `https://www.linkedin.com/in/<slug>/` (slug percent-encoded as ASCII), or null. */
export function canonicalProfileUrl(url: string): string | null {
  const slug = profileSlug(url);
  return slug === null ? null : `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

export function isProfileUrl(url: string): boolean {
  return profileSlug(url) !== null;
}
