import type { z } from 'zod';
import type { ReaderResult } from '@/lib/messaging/protocol';
import { nameOnlyReading } from './page-reading';
import { detectBlockingPage, isPublicPage, looksLikeLoginWall } from './page-kind';
import type { ListedSection, PageReading } from './profile';
import { canonicalProfileUrl, detailsSection, profileSlug } from './profile-url';
import { cleanText } from './text';
import { visibilityTest, type Visibility, type VisibilityCheck } from './visible';

/** What the injected reader hands back to the background (parsed there as ReaderResult). */
export type PageRead = z.infer<typeof ReaderResult>;

type LayoutReader = (doc: Document, slug: string, profileUrl: string, vis: Visibility) => PageReading | undefined;

/**
 * The layout readers, in two injected files so a capture loads only the one its page needs:
 * `signedIn` (profile-reader.js: SDUI and Ember, plus the embedded payload) and `public`
 * (public-reader.js: the signed-out page). A page where the first finds no name needs the other.
 */
export interface LayoutReaders {
  signedIn?: {
    read: LayoutReader;
    withPayload: (doc: Document, reading: PageReading | undefined, slug: string, profileUrl: string) => PageReading | undefined;
  };
  public?: LayoutReader;
}
export type ReaderKind = keyof LayoutReaders;

export interface ReadOptions {
  /** The browser's own visibility test (`el.checkVisibility()`); tests read pages without layout. */
  checkVisibility?: VisibilityCheck;
}

class MissingReader extends Error {
  constructor(readonly kind: ReaderKind) {
    super(kind);
  }
}

/**
 * Reads what the page shows of the person whose slug is in `url`: the DOM half of a capture.
 * Never throws: whatever LinkedIn changes, the caller gets an answer (the background turns it
 * into a Profile with captureResult).
 */
export function readPage(doc: Document, url: string, readers: LayoutReaders, options: ReadOptions = {}): PageRead {
  const slug = profileSlug(url);
  const profileUrl = canonicalProfileUrl(url);
  if (!slug || !profileUrl) return { ok: false, reason: 'not-profile' };
  try {
    return read(doc, url, slug, profileUrl, readers, visibilityTest(options.checkVisibility));
  } catch (error) {
    if (error instanceof MissingReader) return { ok: false, missing: error.kind };
    return lastResort(doc, profileUrl);
  }
}

function read(doc: Document, url: string, slug: string, profileUrl: string, readers: LayoutReaders, vis: Visibility): PageRead {
  const blocking = detectBlockingPage(doc);
  if (blocking) return { ok: false, reason: blocking };
  const signedIn = () => readers.signedIn ?? missing('signedIn');
  const publicPage = () => readers.public ?? missing('public');

  // The signed-out public page has its own semantic markup and JSON-LD; every signed-in layout
  // goes through the signal-scored reader.
  const isPublic = isPublicPage(doc);
  const first = isPublic ? publicPage() : signedIn().read;
  let reading = first(doc, slug, profileUrl, vis);
  if (!reading?.fullName) reading = (isPublic ? signedIn().read : publicPage())(doc, slug, profileUrl, vis) ?? reading;
  if (!isPublic) reading = signedIn().withPayload(doc, reading, slug, profileUrl);
  if (!reading?.fullName) return { ok: false, reason: looksLikeLoginWall(doc) ? 'login-wall' : 'unreadable' };
  return { ok: true, url: profileUrl, reading, ...listedOn(url) };
}

/** The section a /details/ page lists: canonicalProfileUrl drops the path that says so. */
function listedOn(url: string): { listed?: ListedSection } {
  const listed = detailsSection(url);
  return listed ? { listed } : {};
}

function missing(kind: ReaderKind): never {
  throw new MissingReader(kind);
}

/** A reader broke in a way its own guards did not catch: keep at least the name, if there is one. */
function lastResort(doc: Document, profileUrl: string): PageRead {
  let fullName = '';
  try {
    fullName = cleanText(doc.querySelector('main h1, [componentkey$="Topcard"] h2')?.textContent);
  } catch {
    // The document itself is unusable.
  }
  if (!fullName) return { ok: false, reason: 'unreadable' };
  return { ok: true, url: profileUrl, reading: nameOnlyReading(fullName) };
}
