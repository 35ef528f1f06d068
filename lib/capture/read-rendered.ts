import { cardKey, findSection, OUTSIDE_PROFILE, type ReadContext } from './cards';
import { emptyReading, readPart, sectionState as stateOf } from './page-reading';
import { ownSlugsIn } from './identity';
import { pageNames } from './page-names';
import { MEMBER_ID } from './profile-limits';
import { readEducationCard, readExperienceCard } from './rows';
import { asciiDigits, blockText, sameText } from './text';
import { findTopCard, readTopLines } from './top-card';
import { boxText, visibleText, type Visibility } from './visible';
import type { ListedSection, PageReading, SchoolLines } from './profile';

/**
 * The signed-in profile page in any of its layouts: the server-driven one (2025–, hashed classes,
 * `componentkey` cards), the Ember one (2019–2025, <h1>, #experience anchors) and the A/B mixes
 * between them. Nothing here depends on one hook: each card is found by several signals
 * (cards.ts), rows by markers or by shape (rows.ts), top-card lines by their shape (top-card.ts).
 */
const SDUI_CARD = 'com.linkedin.sdui.profile.card.ref';
const ABOUT_TEXT = '[data-testid="expandable-text-box"], [class*="inline-show-more-text"]';

export function readRendered(doc: Document, slug: string, base: string, vis: Visibility): PageReading | undefined {
  const ctx: ReadContext = { doc, slug, base, vis };
  const names = pageNames(doc, slug);
  const top = findTopCard(ctx, names);
  if (!top) return undefined;

  const sdui = doc.querySelector(`[componentkey^="${SDUI_CARD}"], [id^="${SDUI_CARD}"]`) !== null;
  const reading = emptyReading(sdui ? 'sdui-2026' : 'ember-2024');
  const topKey = keyedAncestor(top.heading);
  const ref = topKey?.endsWith('Topcard') ? topKey.slice(0, -'Topcard'.length) : undefined;
  const memberId = ref?.slice(SDUI_CARD.length);
  if (memberId && MEMBER_ID.test(memberId)) reading.memberId = memberId;
  reading.ownSlugs = ownSlugsIn(top.card, base);

  const panel = readPart(reading, 'top-card-unreadable', () => readTopLines(top, ctx, reading)) ?? [];
  if (!reading.fullName) return reading;
  if (names.length > 0 && top.agreed === 0) {
    reading.warnings.push({ code: 'name-unconfirmed' });
  }

  readPart(reading, 'about-unreadable', () => {
    const about = findSection(ctx, 'about', top.card, ref);
    if (about) reading.about = aboutText(about, vis);
  });

  let experience: Element | undefined;
  readPart(reading, 'experience-unreadable', () => {
    // If reading fails, its own warning says so; no second one about a missing card.
    reading.experienceState = 'read';
    experience = findSection(ctx, 'experience', top.card, ref);
    reading.experience = experience ? readExperienceCard(experience, ctx) : [];
    reading.experienceState = stateOf(experience, reading.experience, experience && isCut(experience, 'experience', reading.experience.reduce((n, row) => n + ('roles' in row ? row.roles.length : 1), 0), vis));
  });

  let education: Element | undefined;
  let schools: SchoolLines[] = [];
  readPart(reading, 'education-unreadable', () => {
    reading.educationState = 'read';
    education = findSection(ctx, 'education', top.card, ref);
    reading.education = schools = education ? readEducationCard(education, ctx) : [];
    reading.educationState = stateOf(education, reading.education, education && isCut(education, 'education', schools.length, vis));
  });

  // Ember's right panel lists the current company, then the latest school; which is which is
  // only told in English aria-labels, so the school is recognised by the Education entries (a
  // school's first line is its name).
  reading.topCompany ??= panel.find((text) => !schools.some((entry) => sameText(entry.lines[0], text)));

  // Roles link to skill overlays at /in/<slug>/overlay/…: more evidence of whose page this is.
  for (const card of [experience, education]) {
    if (card) readPart(reading, 'identity-unreadable', () => reading.ownSlugs.push(...ownSlugsIn(card, base)));
  }
  reading.ownSlugs = [...new Set(reading.ownSlugs)];
  return reading;
}

function keyedAncestor(el: Element): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const key = cardKey(node);
    if (key.startsWith(SDUI_CARD)) return key;
  }
  return undefined;
}

function aboutText(card: Element, vis: Visibility): string | undefined {
  for (const box of card.querySelectorAll(ABOUT_TEXT)) {
    if (box.closest(OUTSIDE_PROFILE) || !vis.shown(box)) continue;
    const text = boxText(box, vis);
    if (text) return text;
  }
  // No text box hook: the card's longest visible paragraph.
  let best: string | undefined;
  for (const p of card.querySelectorAll('p, span')) {
    if (!vis.shown(p) || p.closest('a, button')) continue;
    const text = blockText(p, vis.hides);
    if (text && text.length > 40 && text.length > (best?.length ?? 0)) best = text;
  }
  return best;
}

/**
 * The profile page lists a section's first few entries and links the rest ("Show all 8
 * experiences", /details/experience/). The list is cut when the link counts more entries than
 * were read (each role under a company header counts). A link without a count says nothing:
 * some layouts show it under complete lists too.
 */
function isCut(section: Element, name: ListedSection, read: number, vis: Visibility): boolean {
  return [...section.querySelectorAll(`a[href*="/details/${name}"]`)].some((link) => {
    if (!vis.shown(link)) return false;
    const count = /\d[\d.,\s]*/.exec(asciiDigits(visibleText(link, vis) ?? ''))?.[0].replace(/\D/g, '');
    return count !== undefined && Number(count) > read;
  });
}
