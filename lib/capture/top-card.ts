import { connectionDegreeFrom, isDegreeBadge, pronounsFrom, TRAILING_DEGREE } from './badges';
import { cardAround, cardKey, OUTSIDE_PROFILE, type ReadContext, sectionBoxes } from './cards';
import { isContactInfo } from './contact-info';
import { isSectionHeading } from './headings';
import { ownSlugsIn } from './identity';
import { canonicalOrgUrl } from './org-url';
import { sameName, spellsSlug } from './page-names';
import { photoUrlOf } from './photo';
import { parseLinkedInUrl, slugAfter } from './profile-url';
import { asciiDigits, cleanText, isPlaceText, splitDots } from './text';
import { follows, linesIn, visibleText, type Line } from './visible';
import type { PageReading } from './profile';

/**
 * The top card: the name, and the lines under it (degree, pronouns, headline, the current
 * position's chips, location). The name is the visible heading that the most independent signals
 * point at; the other lines are told apart by their shape and links, not by their position.
 */

export interface TopCard {
  heading: Element;
  card: Element;
  name: string;
  /** How many of the page's other names (title, og:title, embedded JSON) agree with the heading. */
  agreed: number;
}

const OTHER_CARDS = /^(activity|skills|interests|languages|recommendations|licenses & certifications|people you may know|more profiles for you|people also viewed)$/i;

export function findTopCard(ctx: ReadContext, names: string[]): TopCard | undefined {
  const confirmed = (card: TopCard) => card.agreed > 0 || spellsSlug(card.name, ctx.slug);
  const top = bestNamed(ctx, names, ctx.doc.querySelectorAll('h1, h2, h3'));
  if (top && confirmed(top)) return top;
  const named = bestNamed(ctx, names, namedElements(ctx, names), true);
  // A heading that neither the page's other names nor its address confirm gives way to plain
  // text in its own card that they do: a 2020 Ember card writes the name in an <li> and the
  // headline in the only heading, an <h2>.
  if (top && !(named && confirmed(named) && top.card.contains(named.heading))) return top;
  return named && { ...named, card: clearOfSections(named.card, named.heading, ctx) };
}

/**
 * A name that is no heading has no heading to bound its card either: on a 2026 /details/ page
 * (nothing there is a heading) it would run on into the list, whose first role's place and
 * company then read as the person's. The card stops short of any box keyed as a section.
 */
function clearOfSections(card: Element, name: Element, ctx: ReadContext): Element {
  const sections = sectionBoxes(ctx).filter((box) => !box.contains(name));
  let box = card;
  while (box !== name && sections.some((section) => box.contains(section))) {
    box = [...box.children].find((child) => child.contains(name)) ?? name;
  }
  return box;
}

/**
 * The person's name where it is not a heading (the sticky header's lockup on an Ember
 * /details/ page, a name heading turned into a <p>): elements whose whole text is a name the
 * page gives elsewhere (title, embedded JSON) or that the address's vanity name spells, so
 * something besides the element must say who it is. Only asked when no heading is confirmed
 * that way: a confirmed heading is the stronger signal.
 */
function namedElements(ctx: ReadContext, names: string[]): Element[] {
  if (!ctx.doc.body) return [];
  const longest = Math.max(ctx.slug.length, ...names.map((name) => name.length)) + 40;
  const found = new Set<Element>();
  const walker = ctx.doc.createTreeWalker(ctx.doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Source indentation around the name is no part of it (trimmed first: most text nodes are
    // long, and cleaning each one would cost the walk its speed).
    const raw = (node.nodeValue ?? '').trim();
    const el = node.parentElement;
    if (!el || raw.length > longest || !/\p{L}/u.test(raw)) continue;
    const text = cleanText(raw);
    const name = nameOf(text) ?? '';
    if (names.some((known) => sameName(known, name)) || spellsSlug(name, ctx.slug)) found.add(el);
  }
  return [...found];
}

function bestNamed(ctx: ReadContext, names: string[], candidates: Iterable<Element>, bySlug = false): TopCard | undefined {
  const { vis, slug } = ctx;
  let best: TopCard | undefined;
  let bestScore = -Infinity;
  for (const heading of candidates) {
    if (heading.closest(OUTSIDE_PROFILE) || !vis.shown(heading)) continue;
    const text = nameOf(visibleText(heading, vis));
    if (!text || text.length > 1000) continue;
    if (isSectionHeading(text) || OTHER_CARDS.test(text)) continue;
    const card = cardAround(heading, vis);
    let score = heading.tagName === 'H1' ? 2 : heading.tagName === 'H2' ? 1 : 0;
    const own = ownSlugsIn(card, ctx.base);
    if (own.includes(slug) || linksToSelf(heading, ctx)) score += 4;
    else if (own.length > 0) score -= 2;
    if (/top-?card/i.test(cardKey(card)) || card.querySelector('[class*="pv-top-card"]')) score += 3;
    if (isContactInfo(card, vis)) score += 2;
    const agreed = names.filter((name) => sameName(name, text)).length;
    score += 3 * agreed;
    // Not for headings: on a profile the heading is the stronger signal, and a page is not
    // wrong because the vanity name is something else ("priya-raman-ux").
    if (bySlug && spellsSlug(text, slug)) score += 3;
    if (score > bestScore) {
      bestScore = score;
      best = { heading, card, name: text, agreed };
    }
  }
  return best && bestScore >= 3 ? best : undefined;
}

/** The heading's text without a trailing degree badge. */
function nameOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return cleanText(text.replace(TRAILING_DEGREE, '')) || undefined;
}

function linksToSelf(heading: Element, ctx: ReadContext): boolean {
  const href = heading.closest('a[href]')?.getAttribute('href');
  if (!href) return false;
  try {
    const parsed = parseLinkedInUrl(new URL(href, ctx.base).href);
    return parsed !== null && slugAfter(parsed, 'in') === ctx.slug;
  } catch {
    return false;
  }
}

/**
 * Fills the reading's top-card fields from the card's visible lines. Returns Ember's right-panel
 * entries (current company, latest school), which the caller tells apart once Education is read.
 */
export function readTopLines(top: TopCard, ctx: ReadContext, reading: PageReading): string[] {
  const { vis } = ctx;
  reading.fullName = top.name;
  const raw = visibleText(top.heading, vis) ?? '';
  const nameDegree = connectionDegreeFrom(raw.match(TRAILING_DEGREE)?.[1]);

  const lines = linesIn(top.card, vis);
  const at = lines.findIndex((line) => line.el === top.heading || top.heading.contains(line.el) || line.el.contains(top.heading));
  const after = lines.slice(at + 1);
  const contactAt = after.findIndex((line) => isContactInfo(line.el, vis));
  let headlineAt = -1;
  const companies: string[] = [];
  const inNameRow = nameRowLines(after, top);

  // Every badge before the headline: a saved page can show two (its stylesheet hid one).
  const badges: Badge[] = nameDegree ? [{ degree: nameDegree, el: top.heading }] : [];
  after.forEach((line, i) => {
    // The current position may come after the contact-info line (in a column of its own beside
    // it, on other people's profiles in the 2026 layout); nothing else after it is read here.
    const chips = chipsOf(line, ctx);
    if (chips) {
      companies.push(...chips.companies);
      return;
    }
    if (contactAt >= 0 && i >= contactAt) return;
    if (headlineAt < 0) {
      if (isDegreeBadge(line.text)) {
        const degree = connectionDegreeFrom(line.text);
        if (degree) badges.push({ degree, el: line.el });
        return;
      }
      if (!reading.pronouns && pronounsFrom(line.text)) {
        reading.pronouns = pronounsFrom(line.text);
        return;
      }
      // LinkedIn's placeholder for a member with no headline: the slot is there, and empty.
      if (/^[-–—]{2,3}$/.test(line.text)) {
        headlineAt = i;
        return;
      }
      if (isDegreeBadge(line.text) || continuesName(line.text) || sameName(line.text, top.name) || linkOnly(line, ctx) || isSeparator(line.text)) return;
      if (inNameRow.has(line) || inAsideBlock(line, top, lines, ctx)) return;
      headlineAt = i;
      reading.headline = line.text;
    }
  });

  reading.connectionDegree = degreeOf(badges, top.card);
  reading.location = locationOf(after, contactAt, headlineAt, ctx, (line) => inAsideBlock(line, top, lines, ctx));
  reading.topCompany = companies[0];
  const images = [...top.card.querySelectorAll('img')].filter((img) => ctx.vis.shown(img));
  reading.photoUrl =
    photoUrlOf(images.find((img) => sameName(cleanText(img.getAttribute('alt')), top.name))) ??
    photoUrlOf(images.find((img) => isPhotoBefore(img, top.heading)));
  return rightPanel(top.card, ctx);
}

// An invitation to send or withdraw (Connect, Pending) in the top card's actions, in the
// languages whose words for it we know, or the invite form's address.
const INVITATION = /invit|convi[dt]|einlad|uitnodig|zaprosz|davet|приглаш|запрош/i;

interface Badge {
  degree: string;
  el: Element;
}

/**
 * The degree the badges give. Two that disagree: one is stale or hidden by a stylesheet the page
 * lacks. A 1st-degree connection is never offered an invitation, so that rules "1st" out. Then the bare badge wins
 * over one alone in a `display: contents` box of its own: on all four real 2026 pages seen with
 * two badges (one pending an invitation, three connected) the boxed one was the wrong one. With
 * nothing to tell them apart, none is taken: partial rather than wrong.
 */
function degreeOf(badges: Badge[], card: Element): string | undefined {
  const all = new Set(badges.map((b) => b.degree));
  if (all.size <= 1) return [...all][0];
  const invited = [...card.querySelectorAll('a[href], button, [role="button"]')].some(
    (control) => /\/(?:preload\/)?custom-invite\//.test(control.getAttribute('href') ?? '') || INVITATION.test(control.getAttribute('aria-label') ?? ''),
  );
  let left = invited ? badges.filter((b) => b.degree !== '1st') : badges;
  const bare = left.filter((b) => !boxedAlone(b.el));
  if (bare.length > 0) left = bare;
  const degrees = new Set(left.map((b) => b.degree));
  return degrees.size === 1 ? [...degrees][0] : undefined;
}

/** The badge is all the text of the nearest `display: contents` box around it (wrappers or not). */
function boxedAlone(el: Element): boolean {
  const box = el.parentElement?.closest('[data-display-contents]');
  return box != null && cleanText(box.textContent) === cleanText(el.textContent);
}

/**
 * The member's photo when its alt text is not their name ("", "Profile photo" in the viewer's
 * language): a profile photo's address, before the name. Mutual connections' pictures come after
 * it; the cover image and logos have other addresses.
 */
function isPhotoBefore(img: Element, heading: Element): boolean {
  const before = follows(heading, img);
  return before && /\/profile-(?:display|framed)photo-/.test(img.getAttribute('src') ?? '') && !/logo/i.test(img.getAttribute('alt') ?? '');
}

/**
 * Lines in a block of their own beside the name (a "Verify in 2 minutes" prompt, an "Open to work"
 * card) are not the headline: such a block holds several lines and none of the profile's own
 * facts (no chips, no contact-info link).
 */
function inAsideBlock(line: Line, top: TopCard, lines: Line[], ctx: ReadContext): boolean {
  let block: Element | null = line.el;
  while (block?.parentElement && block.parentElement !== top.card && !block.parentElement.contains(top.heading)) {
    block = block.parentElement;
  }
  if (!block || block.contains(top.heading)) return false;
  const inside = lines.filter((other) => block.contains(other.el));
  if (inside.length < 2) return false;
  // The block's contact-info control may be a button, which gives no line of its own.
  return !inside.some((other) => chipsOf(other, ctx)) && !isContactInfo(block, ctx.vis);
}

/**
 * Lines in the name's own row before its degree badge ("Jane Doe", "Origami", "· 2nd"): a label
 * of the name, not the headline, which comes after the badge in every layout that shows one. The
 * row is the badge's smallest box that holds the name; it counts only when no later line is in
 * it, so a card that writes all its lines in one box loses nothing.
 */
function nameRowLines(after: Line[], top: TopCard): Set<Line> {
  const badgeAt = after.slice(0, 4).findIndex((line) => isDegreeBadge(line.text) || continuesName(line.text));
  const badge = after[badgeAt];
  if (!badge || badgeAt === 0) return new Set();
  let row: Element | null = badge.el;
  while (row && !row.contains(top.heading)) row = row.parentElement;
  if (!row || row === top.card || after.slice(badgeAt + 1).some((line) => row.contains(line.el))) return new Set();
  return new Set(after.slice(0, badgeAt).filter((line) => row.contains(line.el)));
}

/**
 * A short line that starts with a middle dot continues the name line: the degree badge, which
 * some languages write in words ("· الدرجة الثانية"). No headline starts with one.
 */
function continuesName(text: string): boolean {
  return text.length <= 40 && /^[·•]\s*\S/.test(text);
}

/** A line made of links to companies and schools (the current position), or undefined. */
function chipsOf(line: Line, ctx: ReadContext): { companies: string[] } | undefined {
  // The line is a link itself, sits inside one (a chip card: <a><div><img><p>Acme</p></div></a>), or holds links.
  const around = line.el.closest('a[href]');
  const links = around ? [around] : [...line.el.querySelectorAll('a[href]')].filter((a) => ctx.vis.shown(a));
  if (links.length === 0 || (!around && outsideLinks(line.el, ctx).replace(/[·•|,\s]/g, '') !== '')) {
    return around || links.length > 0 ? undefined : logoLine(line);
  }
  const orgs = links.map((a) => ({ a, url: canonicalOrgUrl(a.getAttribute('href'), ctx.base) }));
  if (orgs.some((o) => !o.url)) return undefined;
  return {
    companies: orgs
      .filter((o) => o.url?.includes('/company/'))
      .map((o) => visibleText(o.a, ctx.vis))
      .filter((t): t is string => Boolean(t)),
  };
}

/**
 * The current position written without links, beside the logos (a company with no LinkedIn
 * page, and the 2026 layout's tiles): `<div role="button"><figure><svg id="company-accent-4">
 * </figure><p>Acme</p></div>`, or `<figure/><p>Acme · TU Berlin</p><figure/>`. No other line of
 * the top card sits in a box of its own with a figure. The company is the part its logo marks
 * (the accent's id, or the image's alt text); with no such mark, none is taken.
 */
function logoLine(line: Line): { companies: string[] } | undefined {
  let box = line.el.parentElement;
  // The real tile wraps its <p> in three more boxes; a box that holds other text is too far up.
  for (let up = 0; box && up < 4 && !box.querySelector('h1, h2, h3') && cleanText(box.textContent) === line.text; up++, box = box.parentElement) {
    if (![...box.children].some((child) => child.tagName === 'FIGURE')) continue;
    const marks = [...box.querySelectorAll('figure [id], figure img[alt]')]
      .map((el) => `${el.id} ${el.getAttribute('alt') ?? ''}`.toLowerCase())
      .map((text) => (text.includes('company') ? 'company' : text.includes('school') ? 'school' : ''))
      .filter(Boolean);
    // One part per logo, in order ("Acme · TU Berlin" between a company's and a school's logo).
    const parts = splitDots(line.text);
    const order = [...new Set(marks)];
    const company = order.includes('company') ? parts[parts.length === 1 ? 0 : order.indexOf('company')] : undefined;
    if (order.length === 0 && parts.length === 1) return { companies: firstOfTwoTiles(box, line.text) ? [line.text] : [] };
    return { companies: company ? [company] : [] };
  }
  return undefined;
}

/**
 * With no logo saying which tile is which (a page saved without its images), only a pair can
 * be told apart: the top card lists the current position before the school, one of each. A
 * tile alone may be the school of someone between jobs, so it gives no company.
 */
function firstOfTwoTiles(box: Element, text: string): boolean {
  let tile = box;
  while (tile.parentElement && cleanText(tile.parentElement.textContent) === text) tile = tile.parentElement;
  const group = tile.parentElement;
  if (!group) return false;
  const tiles = [...group.children].filter((child) => child.querySelector('figure') && cleanText(child.textContent));
  return tiles.length === 2 && tiles.length === group.children.length && tiles[0] === tile;
}

/** A line whose text is all inside links (connections, mutual connections, "Contact info"). */
function linkOnly(line: Line, ctx: ReadContext): boolean {
  if (line.el.closest('a[href]')) return true;
  if (!line.el.querySelector('a[href]')) return false;
  return outsideLinks(line.el, ctx).replace(/[·•|,\s]/g, '') === '';
}

/** The line's visible text outside its links ("Toronto · " of "Toronto · <a>Contact info</a>"). */
function outsideLinks(el: Element, ctx: ReadContext): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && (child as Element).tagName !== 'A' && !ctx.vis.hides(child as Element)) walk(child);
    }
  };
  walk(el);
  return cleanText(text);
}

/** The location sits before or beside the "Contact info" link. */
function locationOf(
  after: Line[],
  contactAt: number,
  headlineAt: number,
  ctx: ReadContext,
  aside: (line: Line) => boolean,
): string | undefined {
  if (contactAt >= 0) {
    const line = after[contactAt];
    // The line may be the link itself ("Contact info" on a line of its own): nothing is beside it.
    const beside = line && !line.el.closest('a[href]') ? splitDots(outsideLinks(line.el, ctx))[0] : undefined;
    if (beside && beside.length <= 150) return beside;
    for (let i = contactAt - 1; i > headlineAt; i--) {
      const prev = after[i];
      // The 2020 Ember card lists place, connections count, then the link, each an <li>.
      if (!prev || isSeparator(prev.text) || isCount(prev, ctx) || linkOnly(prev, ctx)) continue;
      return isPlace(prev, ctx) ? splitDots(prev.text)[0] : undefined;
    }
    return undefined;
  }
  // No contact-info link (a viewer who may not see it, or a button in its place): the place-shaped
  // line between the headline and the connections count. It needs a comma ("City, Country") or
  // the count right after it ("Greater Seattle Area", then "500+ connections").
  for (let i = headlineAt + 1; i < after.length && i <= headlineAt + 8; i++) {
    const line = after[i];
    if (!line || aside(line)) continue;
    if (isCount(line, ctx)) break;
    if (!isPlace(line, ctx)) continue;
    const next = after[i + 1];
    if (/,/.test(line.text) || (next && isCount(next, ctx))) return splitDots(line.text)[0];
  }
  return undefined;
}

/**
 * "500+ connections" ("500+connections" in Ember's markup), "1,234 followers", "Dana and 4 other
 * mutual connections": a short line that starts with a number, or a link with a number in it, in
 * any language (Ember writes the count as plain text to a viewer outside the person's network).
 */
function isCount(line: Line, ctx: ReadContext): boolean {
  const text = asciiDigits(line.text);
  // The number may be a line of its own ("500+", then "connections").
  return (text.length <= 40 && /^\d[\d.,\s]*\+?(?:\s?\p{L}|$)/u.test(text)) || (/\d/.test(text) && linkOnly(line, ctx));
}

/** A place-shaped line ("Talks about #ux, #research" is not) that is not links or the current position. */
function isPlace(line: Line, ctx: ReadContext): boolean {
  return isPlaceText(line.text) && !linkOnly(line, ctx) && !chipsOf(line, ctx);
}

function isSeparator(text: string): boolean {
  return /^[·•|,\s-]*$/.test(text);
}

/** Ember's right panel: the current company, then the latest school, as buttons. */
function rightPanel(card: Element, ctx: ReadContext): string[] {
  return [...card.querySelectorAll('.pv-text-details__right-panel li')]
    .map((li) => visibleText(li, ctx.vis))
    .filter((text): text is string => Boolean(text));
}
