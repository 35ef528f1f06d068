import { isSectionHeading } from './headings';
import { asciiDigits, cleanText } from './text';

/**
 * Places besides the visible heading where a page names the person it shows. Each is one
 * independent signal: the reader trusts the heading that most of them agree with.
 */

/** "(3) Priya Raman | LinkedIn", "Priya Raman - LinkedIn", "Priya Raman – Senior … | LinkedIn". */
export function nameFromTitle(title: string | null | undefined): string | undefined {
  let text = cleanText(title);
  if (!text) return undefined;
  // The unread count, in the page's own digits: "(3) ", "(99+) ", "(٣) ".
  const count = /^\(([^()]{1,6})\)\s*/.exec(text);
  if (count?.[1] && /^\d+\+?$/.test(asciiDigits(count[1]))) text = text.slice(count[0].length);
  const match = text.match(/^(.*?)\s*[|\-–—]\s*LinkedIn\s*$/i);
  if (!match?.[1]) return undefined;
  // The public page's title adds the headline: "Name - Headline | LinkedIn"; a /details/
  // sub-page puts its section first: "Experience | Name | LinkedIn".
  const name = match[1].split(/\s[-–—|]\s/).find((part) => !isSectionHeading(part))?.trim();
  return name && name.length <= 120 ? name : undefined;
}

// Titles of pages that are not (yet) about a person.
const NOT_A_NAME = /^(?:profile|linkedin|feed|log ?in|sign ?in|sign up|join linkedin|messaging|notifications)$/i;

export function pageNames(doc: Document, slug: string): string[] {
  const names: string[] = [];
  const add = (value: string | undefined) => {
    const name = cleanText(value);
    if (!name || NOT_A_NAME.test(name)) return;
    if (!names.some((known) => sameName(known, name))) names.push(name);
  };
  add(nameFromTitle(doc.title || doc.querySelector('title')?.textContent));
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  add(nameFromTitle(og) ?? og ?? undefined);
  add(nameFromEmbeddedJson(doc, slug));
  return names;
}

/**
 * Ember pages carry the members they describe as JSON in <code> blocks; the one whose
 * publicIdentifier is the address's slug is the person (others are the viewer, colleagues).
 */
export function nameFromEmbeddedJson(doc: Document, slug: string): string | undefined {
  for (const block of doc.querySelectorAll('code')) {
    const text = block.textContent ?? '';
    if (!text.includes('publicIdentifier') || cannotName(text, slug)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const found = findPerson(data, slug, 0);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parsing these blocks is a large part of reading a 600 KB page, and most describe other people. A plain
 * slug (ASCII, nothing JSON escapes) is written as it is in a block without \u escapes, so a
 * block that lacks it, in any letter case, cannot name the person.
 */
function cannotName(text: string, slug: string): boolean {
  return /^[\w.~%+-]+$/.test(slug) && !text.includes('\\u') && !text.toLowerCase().includes(slug);
}

function findPerson(value: unknown, slug: string, depth: number): string | undefined {
  if (depth > 8 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findPerson(item, slug, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const id = record.publicIdentifier;
  if (typeof id === 'string' && id.toLowerCase() === slug) {
    const first = typeof record.firstName === 'string' ? record.firstName : '';
    const last = typeof record.lastName === 'string' ? record.lastName : '';
    const name = cleanText(`${first} ${last}`);
    if (name) return name;
  }
  for (const item of Object.values(record)) {
    const found = findPerson(item, slug, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Names agree when one is the other with decorations: "Jane Doe" and "Jane Doe, MBA". */
export function sameName(a: string, b: string): boolean {
  return sameFolded(fold(a), fold(b)) || sameFolded(fold(withoutAside(a)), fold(withoutAside(b)));
}

/**
 * The address's vanity name spells the name ("tam-lai-286604117", "abgargulo", "jörg-müller"):
 * the same letters, with the number LinkedIn appends to a taken name left out. One more
 * independent place naming the person, for a page that names them nowhere else.
 */
export function spellsSlug(name: string, slug: string): boolean {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape: compare the slug as it is.
  }
  const parts = decoded.split('-');
  while (parts.length > 1 && /\d/.test(parts[parts.length - 1] ?? '')) parts.pop();
  const letters = (text: string) => fold(text).replace(/[^\p{L}]/gu, '');
  const target = letters(parts.join(' '));
  return target.length >= 4 && (letters(name) === target || letters(withoutAside(name)) === target);
}

function sameFolded(x: string, y: string): boolean {
  if (!x || !y) return false;
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** A name without what it puts in brackets: "Wendy (MacKenzie) Pease" is "Wendy Pease" elsewhere. */
function withoutAside(name: string): string {
  return name.replace(/\([^()]*\)|（[^（）]*）/g, ' ');
}

function fold(name: string): string {
  return cleanText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
