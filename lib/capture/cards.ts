import { isHeading, isSectionHeading, type SectionName } from './headings';
import { canonicalOrgUrl } from './org-url';
import { isDateLine } from './dates';
import { perReading } from './reading-memo';
import { linesIn, visibleText, type Visibility } from './visible';

/**
 * Cards (the top card, About, Experience, Education) found by several independent signals, so
 * that a LinkedIn change that breaks one (a renamed key, a heading in another language, a card
 * moved to another subtree) leaves the others: keys and ids that name the section, the section
 * heading, the "Show all" link shape, and the content's own shape.
 */

/** Parts of a page that never describe the profile's subject. */
// Not every <header>: a layout may wrap the top card in one; the page's own banner is excluded.
export const OUTSIDE_PROFILE =
  'aside, nav, body > header, #global-nav, [role="banner"], footer, dialog, [role="dialog"], [role="navigation"], [role="complementary"], [data-sticky-header]';

const SECTION_KEYS: Record<SectionName, RegExp> = {
  about: /about|summary/i,
  experience: /experience|positions?(?:card|section|toplevel|$)/i,
  education: /education|schools?(?:card|section|toplevel|$)/i,
};
/** A key naming a whole section's box ("profile_ExperienceDetailsSection_<vanity>", "…EducationTopLevelSection"). */
const WHOLE_SECTION_KEY = /(?:experience|education|about)\w*section/i;
const DETAILS: Record<SectionName, string | undefined> = {
  about: undefined,
  experience: 'experience',
  education: 'education',
};

export interface ReadContext {
  doc: Document;
  slug: string;
  base: string;
  vis: Visibility;
}

export function cardKey(el: Element): string {
  return el.getAttribute('componentkey') ?? el.getAttribute('data-view-name') ?? el.id ?? '';
}

/** Headings that start a card: <h1>/<h2>, and an <h3> when it names a section. */
export function isCardHeading(el: Element, vis: Visibility): boolean {
  if (el.tagName === 'H3') return isSectionHeading(visibleText(el, vis));
  return /^H[12]$/.test(el.tagName) && vis.shown(el);
}

const NO_HEADINGS: readonly Element[] = [];

/** The card headings under `scope` (not itself), in document order. */
function cardHeadings(scope: Element, vis: Visibility): readonly Element[] {
  return headingsByAncestor(scope.getRootNode(), vis).get(scope) ?? NO_HEADINGS;
}

/**
 * Every element that holds card headings, with them: found once per reading, since each signal
 * of each section walks up from its start asking every ancestor for its headings.
 */
const headingsByAncestor = perReading((root: Node, vis: Visibility): Map<Element, Element[]> => {
  const byAncestor = new Map<Element, Element[]>();
  if (!('querySelectorAll' in root)) return byAncestor;
  for (const heading of (root as ParentNode).querySelectorAll('h1, h2, h3')) {
    if (!isCardHeading(heading, vis)) continue;
    for (let up = heading.parentElement; up; up = up.parentElement) {
      const list = byAncestor.get(up);
      if (list) list.push(heading);
      else byAncestor.set(up, [heading]);
    }
  }
  return byAncestor;
});

/**
 * The card around `start`: its ancestors up to (not including) the first one that also holds
 * another card's heading. Works whatever the wrappers are, and wherever the card sits.
 */
export function cardAround(start: Element, vis: Visibility): Element {
  return cardAroundOnce(start, vis);
}

// Asked again of the same start by each section's signals.
const cardAroundOnce = perReading((start: Element, vis: Visibility): Element => {
  const own = new Set(cardHeadings(start, vis));
  if (/^H[1-3]$/.test(start.tagName)) own.add(start);
  let card = start;
  for (let up = start.parentElement; up; up = up.parentElement) {
    if (up.tagName === 'BODY' || up.tagName === 'HTML' || up.tagName === 'MAIN') break;
    const others = cardHeadings(up, vis).filter((h) => !own.has(h));
    // Starting below the heading (a "Show all" link, a row): the first heading met is the card's own.
    if (others.length === 1 && own.size === 0 && others[0]) own.add(others[0]);
    else if (others.length > 0) break;
    card = up;
  }
  return card;
});

/** The best card for a section, or undefined. `ref` is the top card's key prefix when it has one. */
export function findSection(
  ctx: ReadContext,
  section: SectionName,
  top: Element,
  ref: string | undefined,
): Element | undefined {
  const { doc, vis } = ctx;
  const scores = new Map<Element, number>();
  const vote = (start: Element | null | undefined, points: number, whole = false) => {
    if (!start || start.closest(OUTSIDE_PROFILE) || !vis.shown(start)) return;
    let card = cardAround(start, vis);
    // A page with no heading to bound it (a 2026 /details/ page titles its list with a <p>):
    // the box whose key names a whole section is the card.
    if ((card.contains(top) || top.contains(card)) && whole) card = start;
    if (card.contains(top) || top.contains(card)) return;
    scores.set(card, (scores.get(card) ?? 0) + points);
  };

  for (const [el, key] of keyedElements(doc, vis)) {
    if (!SECTION_KEYS[section].test(withoutSlug(key, ctx.slug))) continue;
    // An id on an empty anchor (Ember's #experience) names the card it sits in.
    vote(el.childElementCount === 0 ? (el.parentElement ?? el) : el, 3, WHOLE_SECTION_KEY.test(key));
  }
  for (const [h, text] of headingTexts(doc, vis)) {
    if (isHeading(text, section)) vote(h, 3);
  }
  const details = DETAILS[section];
  if (details) {
    for (const link of doc.querySelectorAll(`a[href*="/details/${details}"]`)) vote(link, 2);
  }

  let best: Element | undefined;
  let bestScore = 0;
  for (const [card, base] of scores) {
    // The content's shape ranks candidates but never makes one on its own: a Volunteering card
    // looks like Experience, and a wrong section is worse than a missing one.
    // A card of someone else (left over from an in-page navigation) is still chosen: its links
    // then tell the caller that the page is mid-navigation, and nothing is saved.
    if (base < 2) continue;
    let score = base + shapeScore(card, section, ctx);
    // Cards of the same member usually share the top card's key prefix; real pages also key them
    // otherwise, so the prefix only breaks ties (whose card it is, the identity check tells).
    if (ref && cardKey(card).startsWith(ref)) score += 1;
    if (score > bestScore || (score === bestScore && best && card.contains(best))) {
      best = card;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : undefined;
}

/** Boxes whose keys name About, Experience or Education: the top card never holds one. */
export function sectionBoxes(ctx: ReadContext): Element[] {
  return keyedElements(ctx.doc, ctx.vis)
    .filter(([, key]) => Object.values(SECTION_KEYS).some((words) => words.test(withoutSlug(key, ctx.slug))))
    .map(([el]) => el);
}

/** Elements whose keys may name a section (not the top card, an entry, or Volunteering), with their keys. */
const keyedElements = perReading((doc: Document): [Element, string][] => {
  const keyed: [Element, string][] = [];
  // data-testid only where it names a profile part ("profile_EducationTopLevelSection_…"):
  // elsewhere it names widgets ("expandable-text-box").
  for (const el of doc.querySelectorAll('[componentkey], [id], [data-view-name], [data-section], [data-testid^="profile_"]')) {
    const testId = el.getAttribute('data-testid') ?? '';
    const key = `${el.getAttribute('componentkey') ?? ''} ${el.id} ${el.getAttribute('data-view-name') ?? ''} ${el.getAttribute('data-section') ?? ''} ${testId.startsWith('profile_') ? testId : ''}`;
    if (!/topcard|entity-collection-item|volunteer/i.test(key)) keyed.push([el, key]);
  }
  return keyed;
});

/**
 * A key with the member's vanity name taken out when the name holds a section's word: 2026 keys
 * carry it ("…card.ref<vanity>Activity", "profileCardsBelowActivityPart2<vanity>"), and
 * "mohamed-aboutaleb" made the Activity card the About. Other names stay: taking out "exp"
 * would leave "…erienceTopLevelSection".
 */
function withoutSlug(key: string, slug: string): string {
  if (!Object.values(SECTION_KEYS).some((words) => words.test(slug))) return key;
  const lower = key.toLowerCase();
  return [slug, encodeURIComponent(slug).toLowerCase()].reduce((text, form) => text.split(form).join(' '), lower);
}

/** The page's h2–h4 with their visible text, read once for the three sections. */
const headingTexts = perReading((doc: Document, vis: Visibility): [Element, string | undefined][] =>
  [...doc.querySelectorAll('h2, h3, h4')].map((h) => [h, visibleText(h, vis)]),
);

/** Date lines in a card: a candidate card is often scored for more than one section. */
const dateLineCount = perReading((card: Element, vis: Visibility): number => {
  let dates = 0;
  for (const line of linesIn(card, vis)) {
    if (isDateLine(line.text)) dates++;
  }
  return dates;
});

function shapeScore(card: Element, section: SectionName, ctx: ReadContext): number {
  if (section === 'about') return 0;
  const kind = section === 'experience' ? 'company' : 'school';
  let links = 0;
  for (const link of card.querySelectorAll('a[href]')) {
    const url = canonicalOrgUrl(link.getAttribute('href'), ctx.base);
    if (url?.includes(`/${kind}/`)) links++;
  }
  const dates = dateLineCount(card, ctx.vis);
  return (links > 0 ? 1 : 0) + (dates > 0 ? 1 : 0) + (links > 0 && dates > 0 ? 1 : 0);
}
