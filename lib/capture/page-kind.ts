import type { NotAProfileReason } from './profile';

export type BlockingPage = Extract<NotAProfileReason, 'not-found' | 'blocked' | 'login-wall'>;

// LinkedIn's page keys for its guest home page, sign-in and join walls.
const WALL_PAGE_KEY = /guest-home|authwall|auth_wall|login|signup|join/i;
const CHALLENGE =
  '#captcha-internal, form[action*="checkpoint/challenge"], iframe[src*="checkpoint/challenge"], iframe[src*="captcha"], #challenge-form';

const NOT_FOUND = '.page-not-found, .not-found-404, [data-test-id="not-found"], .profile-unavailable';
const WALL_FORM = '.authwall-join-form, .authwall-sign-in-form';

/**
 * Pages served at a profile's address that are not a profile, recognised by structure (class
 * names and page keys LinkedIn ships in every language), never by their English wording.
 */
export function detectBlockingPage(doc: Document): BlockingPage | undefined {
  // On a profile none of the markers is there, and each search that finds nothing walks the
  // whole page: one search tells whether the ordered checks below are worth making.
  const marked = doc.querySelector(`${NOT_FOUND}, ${CHALLENGE}, ${WALL_FORM}`) !== null;
  if (marked && doc.querySelector(NOT_FOUND)) return 'not-found';
  if ((marked && doc.querySelector(CHALLENGE)) || isRefreshStub(doc)) return 'blocked';
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? '';
  if (WALL_PAGE_KEY.test(pageKey) || (marked && doc.querySelector(WALL_FORM))) return 'login-wall';
  return undefined;
}

/**
 * The signed-out public page (its own semantic markup and JSON-LD). Self-contained, because the
 * background also runs it alone in the tab (scripting.executeScript `func`) to pick the reader
 * file to inject: keep it free of imports and closures.
 */
export function isPublicPage(doc: Document = document): boolean {
  // Its top card's class, the page key LinkedIn gives it ("public_profile_v3_desktop"), or the
  // tracking names its links carry (a page saved without its <head> keeps those).
  return (
    doc.querySelector(
      '.top-card-layout, [class*="top-card-layout__"], meta[name="pageKey"][content^="public_profile"], [data-tracking-control-name^="public_profile"], a[href*="trk=public_profile"]',
    ) !== null
  );
}

/** Weaker signs of a sign-in page, trusted only when no profile could be read at all. */
export function looksLikeLoginWall(doc: Document): boolean {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return (
    /^https:\/\/(www\.)?linkedin\.com\/?$/.test(canonical) ||
    doc.querySelector('form[action*="login-submit"], input[name="session_key"]') !== null
  );
}

// The bot check is an empty body with obfuscated script and a meta refresh to the home page.
function isRefreshStub(doc: Document): boolean {
  if (!doc.querySelector('meta[http-equiv="refresh" i]')) return false;
  const body = doc.body;
  if (!body) return true;
  for (let el = body.firstElementChild; el; el = el.nextElementSibling) {
    if (el.tagName !== 'SCRIPT' && el.tagName !== 'NOSCRIPT' && el.tagName !== 'STYLE') return false;
  }
  return true;
}
