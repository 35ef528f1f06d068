import { connectionDegreeFrom, pronounsFrom } from './badges';
import { compact, emptyDraft, readPart, type Draft, type SectionState } from './draft';
import { groupFromLines, roleFromLines, rolesInGroup, schoolFromLines, subRoleFromLines } from './entry-lines';
import { sectionByHeading, type SectionName } from './headings';
import { ownSlugsIn } from './identity';
import { canonicalOrgUrl } from './org-url';
import { photoUrlOf } from './photo';
import type { Education, Experience } from './profile';
import { blockText, cleanText, sameText, textOf } from './text';

/**
 * The Ember layout (2019–2025): an <h1> top card, cards anchored by #about / #experience /
 * #education, and every visible string doubled in a visually-hidden span for screen readers;
 * the aria-hidden copy is the one on screen. The JSON in <code> blocks is not read: it also
 * describes the signed-in viewer and is sometimes left over from another profile.
 */
const ENTITY = '[data-view-name="profile-component-entity"]';
const SUBS = '.pvs-entity__sub-components';
const SHOWN = 'span[aria-hidden="true"]';

export function readEmber(doc: Document, _slug: string, base: string): Draft | undefined {
  const h1 = (doc.querySelector('main') ?? doc.body)?.querySelector('h1');
  const top = h1?.closest('section');
  if (!h1 || !top) return undefined;
  // Other pages put a heading in <main> too (the guest home page); a profile's top card links
  // to the profile's own overlays or carries the pv-top-card hooks.
  const ownSlugs = ownSlugsIn(top, base);
  if (ownSlugs.length === 0 && !top.querySelector('[class*="pv-top-card"], .pv-text-details__right-panel')) {
    return undefined;
  }

  const draft = emptyDraft('ember-2024');
  draft.ownSlugs = ownSlugs;
  const panel = readPart(draft, 'top card', () => readTopCard(h1, top, draft)) ?? [];
  if (!draft.fullName) return draft;

  const about = cardOf(doc, 'about');
  if (about) draft.about = readPart(draft, 'About', () => aboutText(about));

  const experience = cardOf(doc, 'experience');
  draft.experience = (experience && readPart(draft, 'Experience', () => readExperience(experience, base))) || [];
  draft.experienceState = stateOf(experience, draft.experience);

  const education = cardOf(doc, 'education');
  draft.education = (education && readPart(draft, 'Education', () => readEducation(education, base))) || [];
  draft.educationState = stateOf(education, draft.education);

  // The right panel lists the current company, then the latest school; which is which is only
  // told in English aria-labels, so the school is recognised by the Education entries instead.
  draft.topCompany = panel.find((text) => !draft.education.some((entry) => sameText(entry.school, text)));

  // Roles link to skill overlays at /in/<slug>/overlay/…: more evidence of whose page this is.
  for (const card of [experience, education]) if (card) draft.ownSlugs.push(...ownSlugsIn(card, base));
  draft.ownSlugs = [...new Set(draft.ownSlugs)];
  return draft;
}

// Not limited to <main>: parsers disagree on where LinkedIn's unbalanced markup closes it.
function cardOf(doc: Document, name: SectionName): Element | undefined {
  const anchor = doc.getElementById(name);
  return (anchor && !anchor.closest('aside') ? anchor.closest('section') : null) ?? sectionByHeading(doc, name);
}

function stateOf(card: Element | undefined, entries: unknown[]): SectionState {
  if (entries.length > 0) return 'read';
  return card ? 'placeholder' : 'absent';
}

/** Fills the top-card fields and returns the right panel's entries (company, school). */
function readTopCard(h1: Element, top: Element, draft: Draft): string[] {
  draft.fullName = textOf(h1);
  draft.connectionDegree = connectionDegreeFrom(textOf(top.querySelector(`.distance-badge ${SHOWN}`)));
  // Pronouns sit in the name row, a few levels around the <h1>; further out are the action
  // menus, whose items ("Report / Block") are slashed too.
  let row = h1.parentElement;
  for (let depth = 0; row && row !== top && depth < 4; depth++, row = row.parentElement) {
    const spans = [...row.querySelectorAll('span')].filter(
      (span) => !span.contains(h1) && !span.closest('.distance-badge, button, [role="button"], [role="menu"]'),
    );
    const pronouns = spans.map((span) => pronounsFrom(textOf(span))).find(Boolean);
    if (pronouns) draft.pronouns = pronouns;
    if (row.querySelector('.distance-badge') || pronouns) break;
  }
  draft.headline = textOf(top.querySelector('.text-body-medium'));
  // The location is the text just before the "Contact info" link's wrapper.
  const contact = top.querySelector('a[href*="/overlay/contact-info"]');
  const wrapper = contact?.parentElement;
  const location = wrapper && wrapper !== contact ? wrapper.previousElementSibling : undefined;
  draft.location = textOf(location ?? top.querySelector('.text-body-small.inline.t-black--light'));
  draft.photoUrl = photoUrlOf(
    [...top.querySelectorAll('img')].find((img) => cleanText(img.getAttribute('alt')) === draft.fullName),
  );
  return [...top.querySelectorAll('.pv-text-details__right-panel li')]
    .map((li) => textOf(li))
    .filter((text): text is string => Boolean(text));
}

function aboutText(card: Element): string | undefined {
  const box = card.querySelector(`[class*="inline-show-more-text"] ${SHOWN}`) ?? card.querySelector(`div ${SHOWN}`);
  return blockText(box);
}

function readExperience(card: Element, base: string): Experience[] {
  const roles: Experience[] = [];
  for (const entity of topLevelEntities(card)) {
    const nested = [...entity.querySelectorAll(ENTITY)];
    const lines = linesOf(entity, nested);
    const companyUrl = orgHref(entity, base);
    if (nested.length > 0) {
      const group = groupFromLines(lines);
      const inGroup = nested.map((sub) =>
        compact({ ...subRoleFromLines(linesOf(sub, [])), description: descriptionOf(sub) }),
      );
      roles.push(...rolesInGroup(group, inGroup, companyUrl));
    } else if (lines.length > 0) {
      roles.push(compact({ ...roleFromLines(lines), companyUrl, description: descriptionOf(entity) }));
    }
  }
  return roles;
}

function readEducation(card: Element, base: string): Education[] {
  const schools: Education[] = [];
  for (const entity of topLevelEntities(card)) {
    const lines = linesOf(entity, []);
    if (lines.length === 0) continue;
    schools.push(compact({ ...schoolFromLines(lines), schoolUrl: orgHref(entity, base) }));
  }
  return schools;
}

function topLevelEntities(card: Element): Element[] {
  return [...card.querySelectorAll(ENTITY)].filter(
    (entity) => !card.contains(entity.parentElement?.closest(ENTITY) ?? null),
  );
}

/** The entity's own visible lines, in order, leaving out its sub-components (description, skills, roles). */
function linesOf(entity: Element, nested: Element[]): string[] {
  const lines: string[] = [];
  for (const span of entity.querySelectorAll(SHOWN)) {
    const subs = span.closest(SUBS);
    if (subs && entity.contains(subs)) continue;
    if (nested.some((sub) => sub.contains(span))) continue;
    const text = textOf(span);
    if (text) lines.push(text);
  }
  return lines;
}

/** The role's own text, not media titles or the "+6 skills" line, which sit inside links. */
function descriptionOf(entity: Element): string | undefined {
  const subs = [...entity.querySelectorAll(SUBS)].find((el) => el.parentElement?.closest(ENTITY) === entity);
  if (!subs) return undefined;
  for (const box of subs.querySelectorAll(`[class*="inline-show-more-text"] ${SHOWN}`)) {
    if (box.closest('a') || box.parentElement?.closest(ENTITY) !== entity) continue;
    return blockText(box);
  }
  return undefined;
}

/** The entry's company or school page, from its own links (not its sub-components'). */
function orgHref(entity: Element, base: string): string | undefined {
  for (const link of entity.querySelectorAll('a[href]')) {
    const subs = link.closest(SUBS);
    if (subs && entity.contains(subs)) continue;
    const url = canonicalOrgUrl(link.getAttribute('href'), base);
    if (url) return url;
  }
  return undefined;
}
