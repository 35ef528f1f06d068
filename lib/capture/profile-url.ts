/**
 * LinkedIn serves one profile at many addresses: country subdomains (se., uk.), m., sub-pages
 * (/details/experience/, /overlay/contact-info/), tracking queries, and the slug either raw
 * ("jörg-müller") or percent-encoded. Contacts are keyed by one canonical form of it.
 */

import type { ListedSection } from './profile';

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
  return decodedSlugAfter(parsed, kind)?.toLowerCase() ?? null;
}

/** As slugAfter, letter case kept: member ids ("ACoAAB1x…") are case-sensitive. */
function decodedSlugAfter(parsed: URL, kind: string): string | null {
  const segments = parsed.pathname.split('/');
  if (segments[1]?.toLowerCase() !== kind) return null;
  return decodeSlug(segments[2] ?? '');
}

function decodeSlug(raw: string): string | null {
  let slug = raw;
  // Links copied out of other apps are sometimes encoded twice ("%25C3%25B6").
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(slug); i++) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      return null;
    }
  }
  slug = slug.normalize('NFC');
  // "." and ".." decoded from "%2E%2E" would make the stored link walk up the path
  // (/in/../redir/redirect?url=…) once a browser resolves it.
  if (slug === '' || BAD_SLUG_CHARS.test(slug) || /^\.+$/.test(slug)) return null;
  return slug;
}

/** The person's vanity name from a profile URL, decoded and lower-cased; null if not a profile URL. */
export function profileSlug(url: string): string | null {
  const parsed = parseLinkedInUrl(url);
  return parsed ? slugAfter(parsed, 'in') : null;
}

/**
 * The section a profile's "Show all" sub-page lists (/in/<slug>/details/experience/), or null on
 * the profile itself: such a page holds that section only.
 */
export function detailsSection(url: string): ListedSection | null {
  const parsed = parseLinkedInUrl(url);
  if (!parsed || slugAfter(parsed, 'in') === null) return null;
  const [, , , sub, section] = parsed.pathname.toLowerCase().split('/');
  return sub === 'details' && (section === 'experience' || section === 'education') ? section : null;
}

// LinkedIn's member ids (in links from search and messages) are case-sensitive, unlike vanity names.
const MEMBER_ID_SLUG = /^ACoA[A-Za-z0-9_-]{10,}$/;

/**
 * THE profile URL normaliser: every boundary (capture, add contact, referral, backup,
 * Connections.csv) stores contacts under this form, so one person is one record.
 * `https://www.linkedin.com/in/<slug>/` with the slug decoded, lower-cased (member ids keep
 * their case) and percent-encoded as ASCII; null for anything that is not a profile on
 * linkedin.com over https.
 */
export function canonicalProfileUrl(url: string): string | null {
  const parsed = parseLinkedInUrl(url);
  const raw = parsed ? decodedSlugAfter(parsed, 'in') : null;
  if (raw === null) return null;
  const slug = MEMBER_ID_SLUG.test(raw) ? raw : raw.toLowerCase();
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/**
 * What a person pastes ("linkedin.com/in/jane-doe", "http://de.linkedin.com/in/…") → the
 * canonical URL, or null. Only the scheme is filled in or upgraded; the rest is canonicalProfileUrl.
 */
export function profileUrlFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (/^(?:[a-z0-9-]+\.)?linkedin\.com\//i.test(trimmed)) return canonicalProfileUrl(`https://${trimmed}`);
  if (/^http:\/\//i.test(trimmed)) return canonicalProfileUrl(`https://${trimmed.slice('http://'.length)}`);
  return canonicalProfileUrl(trimmed);
}

/** True when the value is already in canonical form (what stored records must hold). */
export function isCanonicalProfileUrl(url: string): boolean {
  return canonicalProfileUrl(url) === url;
}

export function isProfileUrl(url: string): boolean {
  return profileSlug(url) !== null;
}
