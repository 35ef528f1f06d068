import { buildProfile } from './build-profile';
import type { Draft } from './draft';
import { isMemberIdSlug, namesSomeoneElse } from './identity';
import { BLOCKING_MESSAGES, detectBlockingPage, looksLikeLoginWall } from './page-kind';
import type { CaptureResult } from './profile';
import { canonicalProfileUrl, profileSlug } from './profile-url';
import { pageNames, sameName } from './page-names';
import { payloadDocument } from './payload';
import { readPublic } from './read-public';
import { readRendered } from './read-rendered';
import { selfCheck } from './self-check';
import { cleanText } from './text';
import { visibilityTest, type Visibility, type VisibilityCheck } from './visible';


export const NOT_PROFILE_MESSAGE = "This page isn't a LinkedIn profile — open someone's profile (linkedin.com/in/…) and save again";
export const STALE_MESSAGE = 'The page is still loading the new profile — wait a moment and save again.';
export const NO_NAME_MESSAGE = "Couldn't find a name on this page — wait for the profile to finish loading, then save again";

export interface ReadOptions {
  /** The browser's own visibility test (`el.checkVisibility()`); tests read pages without layout. */
  checkVisibility?: VisibilityCheck;
}

/**
 * Reads the profile of the person whose slug is in `url` from a LinkedIn page. Never throws:
 * whatever LinkedIn changes, the caller gets a result it can show.
 */
export function readProfile(doc: Document, url: string, now = Date.now(), options: ReadOptions = {}): CaptureResult {
  const slug = profileSlug(url);
  const profileUrl = canonicalProfileUrl(url);
  if (!slug || !profileUrl) return { ok: false, reason: 'not-profile', message: NOT_PROFILE_MESSAGE };
  try {
    return read(doc, slug, profileUrl, now, visibilityTest(options.checkVisibility));
  } catch {
    return lastResort(doc, profileUrl, now);
  }
}

function read(doc: Document, slug: string, profileUrl: string, now: number, vis: Visibility): CaptureResult {
  const blocking = detectBlockingPage(doc);
  if (blocking) return { ok: false, reason: blocking, message: BLOCKING_MESSAGES[blocking] };

  // The signed-out public page has its own semantic markup and JSON-LD; every signed-in layout
  // goes through the signal-scored reader.
  const isPublic = doc.querySelector('.top-card-layout') !== null;
  let draft: Draft | undefined = isPublic ? readPublic(doc, slug, profileUrl, vis) : readRendered(doc, slug, profileUrl, vis);
  if (!draft?.fullName) draft = (isPublic ? readRendered(doc, slug, profileUrl, vis) : readPublic(doc, slug, profileUrl, vis)) ?? draft;
  if (!isPublic) draft = withPayload(doc, draft, slug, profileUrl);
  if (!draft?.fullName) {
    if (looksLikeLoginWall(doc)) return { ok: false, reason: 'login-wall', message: BLOCKING_MESSAGES['login-wall'] };
    return { ok: false, reason: 'unreadable', message: NO_NAME_MESSAGE };
  }
  // An address with the member id instead of the vanity name ("/in/ACoAAB1x…", from search and
  // messages) is saved under the vanity name the page links to, so both ways of opening meet.
  const vanities = [...new Set(draft.ownSlugs.filter((own) => !isMemberIdSlug(own)))];
  const [vanity] = isMemberIdSlug(slug) && vanities.length === 1 ? vanities : [];
  if (!vanity && namesSomeoneElse(draft.ownSlugs, slug)) {
    return { ok: false, reason: 'unreadable', message: STALE_MESSAGE };
  }
  const url = vanity ? `https://www.linkedin.com/in/${encodeURIComponent(vanity)}/` : profileUrl;
  selfCheck(draft);
  const { profile, warnings } = buildProfile({ ...draft, fullName: draft.fullName }, url, now);
  return { ok: true, profile, warnings };
}

/**
 * Pages that render little carry the profile in an embedded payload: read it the same way and
 * take from it what the rendered page lacks, when it names the same person.
 */
function withPayload(doc: Document, draft: Draft | undefined, slug: string, profileUrl: string): Draft | undefined {
  const complete = draft?.fullName && draft.experienceState === 'read' && draft.educationState === 'read';
  if (complete) return draft;
  const payload = payloadDocument(doc);
  const extra = payload && readRendered(payload, slug, profileUrl, visibilityTest());
  if (!extra?.fullName) return draft;
  if (!draft?.fullName) {
    // Nothing rendered to compare with: the payload must name the address's person itself, or
    // agree with the page's title (a payload left over from the previous profile does neither).
    const confirmed = extra.ownSlugs.includes(slug) || pageNames(doc, slug).some((name) => sameName(name, extra.fullName ?? ''));
    return confirmed ? extra : draft;
  }
  if (!sameName(draft.fullName, extra.fullName)) return draft;
  // Only whole cards the page lacks: a line missing from a rendered card is not shown to the user.
  draft.about ??= extra.about;
  if (draft.experienceState !== 'read' && extra.experienceState === 'read') {
    draft.experience = extra.experience;
    draft.experienceState = 'read';
  }
  if (draft.educationState !== 'read' && extra.educationState === 'read') {
    draft.education = extra.education;
    draft.educationState = 'read';
  }
  draft.ownSlugs = [...new Set([...draft.ownSlugs, ...extra.ownSlugs])];
  return draft;
}

/** A reader broke in a way its own guards did not catch: keep at least the name, if there is one. */
function lastResort(doc: Document, profileUrl: string, now: number): CaptureResult {
  let fullName = '';
  try {
    fullName = cleanText(doc.querySelector('main h1, [componentkey$="Topcard"] h2')?.textContent);
  } catch {
    // The document itself is unusable.
  }
  if (!fullName) {
    return { ok: false, reason: 'unreadable', message: NO_NAME_MESSAGE };
  }
  try {
    const { profile, warnings } = buildProfile(
      {
        layout: 'sdui-2026',
        ownSlugs: [],
        fullName,
        experience: [],
        education: [],
        experienceState: 'read',
        educationState: 'read',
        warnings: [
          {
            code: 'partial-capture',
            message: 'Only the name could be read from this page — reload it and save again to add the rest',
          },
        ],
      },
      profileUrl,
      now,
    );
    return { ok: true, profile, warnings };
  } catch {
    return { ok: false, reason: 'unreadable', message: NO_NAME_MESSAGE };
  }
}
