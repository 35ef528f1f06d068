import { connectionDegreeFrom, pronounsFrom } from './badges';
import { compact, emptyDraft, readPart, type Draft, type SectionState } from './draft';
import { groupFromLines, roleFromLines, rolesInGroup, schoolFromLines, subRoleFromLines } from './entry-lines';
import { isHeading, type SectionName } from './headings';
import { ownSlugsIn } from './identity';
import { canonicalOrgUrl } from './org-url';
import { photoUrlOf } from './photo';
import type { Education, Experience } from './profile';
import { MEMBER_ID } from './profile-limits';
import { blockText, cleanText, splitDots, textOf } from './text';

/**
 * The server-driven layout (2025–): hashed class names, no <h1>, no section ids. Every card is
 * keyed `com.linkedin.sdui.profile.card.ref<member id><Section>`, which is the stable hook.
 */
const CARD = 'com.linkedin.sdui.profile.card.ref';
const TEXT_BOX = '[data-testid="expandable-text-box"]';

export function readSdui(doc: Document, slug: string, base: string): Draft | undefined {
  let cards = [...doc.querySelectorAll(`[componentkey^="${CARD}"]`)];
  if (cards.length === 0) cards = [...doc.querySelectorAll(`[id^="${CARD}"]`)];
  const topCards = cards.filter((card) => cardKey(card).endsWith('Topcard'));
  if (topCards.length === 0) return undefined;

  // After an in-page navigation the previous person's cards can still be in the DOM; the top
  // card whose own links carry the address's slug is the one to read, with cards of its member id.
  const candidates = topCards.map((card) => ({ card, slugs: ownSlugsIn(card, base) }));
  const chosen = candidates.find((c) => c.slugs.includes(slug)) ?? candidates[0];
  if (!chosen) return undefined;
  const ref = cardKey(chosen.card).slice(0, -'Topcard'.length);
  const mine = cards.filter((card) => card !== chosen.card && cardKey(card).startsWith(ref));

  const draft = emptyDraft('sdui-2026');
  // The card key carries the member id; "Open in LinkedIn" can then open a message to them.
  const memberId = ref.slice(CARD.length);
  if (MEMBER_ID.test(memberId)) draft.memberId = memberId;
  draft.ownSlugs = [...new Set([...chosen.slugs, ...mine.flatMap((card) => ownSlugsIn(card, base))])];
  readPart(draft, 'top card', () => readTopCard(chosen.card, draft));
  if (!draft.fullName) return draft;

  const about = findCard(mine, ref, 'About', 'about');
  if (about) draft.about = readPart(draft, 'About', () => blockText(about.querySelector(TEXT_BOX)));

  const experience = findCard(mine, ref, 'Experience', 'experience');
  const roles = experience ? readPart(draft, 'Experience', () => readExperience(experience, base)) : undefined;
  draft.experience = roles ?? [];
  draft.experienceState = stateOf(experience, draft.experience);

  const education = findCard(mine, ref, 'Education', 'education');
  const schools = education ? readPart(draft, 'Education', () => readEducation(education, base)) : undefined;
  draft.education = schools ?? [];
  draft.educationState = stateOf(education, draft.education);
  return draft;
}

function cardKey(card: Element): string {
  return card.getAttribute('componentkey') ?? card.id;
}

function findCard(mine: Element[], ref: string, suffix: string, heading: SectionName): Element | undefined {
  return (
    mine.find((card) => cardKey(card).slice(ref.length).startsWith(suffix)) ??
    mine.find((card) => isHeading(textOf(card.querySelector('h2')), heading))
  );
}

function stateOf(card: Element | undefined, entries: unknown[]): SectionState {
  if (entries.length > 0) return 'read';
  // A card that is there but empty is a skeleton LinkedIn fills once it scrolls into view.
  return card ? 'placeholder' : 'absent';
}

function readTopCard(top: Element, draft: Draft): void {
  const h2 = top.querySelector('h2');
  draft.fullName = textOf(h2);
  if (!h2) return;

  // Pronouns and the degree badge are <p>s beside the name; the rest of the card follows.
  const row = rowAround(h2, top);
  for (const p of row.querySelectorAll('p')) {
    const text = textOf(p);
    draft.connectionDegree ??= connectionDegreeFrom(text);
    draft.pronouns ??= pronounsFrom(text);
  }
  const lines = [...top.querySelectorAll('p')].filter((p) => !row.contains(p));
  draft.headline = textOf(lines.find((p) => !p.querySelector('a') && textOf(p)));
  draft.topCompany = textOf(top.querySelector('p a[href*="/company/"]'));
  const contact = top.querySelector('p a[href*="/overlay/contact-info"]')?.closest('p');
  if (contact) draft.location = splitDots(textOutsideLinks(contact))[0];
  draft.photoUrl = photoUrlOf(
    [...top.querySelectorAll('img')].find((img) => cleanText(img.getAttribute('alt')) === draft.fullName),
  );
}

/** The nearest block around the name that also holds the badges beside it. */
function rowAround(name: Element, top: Element): Element {
  for (let row = name.parentElement; row && row !== top; row = row.parentElement) {
    if (row.querySelector('p')) return row;
  }
  return name.parentElement ?? top;
}

function textOutsideLinks(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName !== 'A') text += node.textContent ?? '';
  }
  return cleanText(text);
}

function readExperience(card: Element, base: string): Experience[] {
  const roles: Experience[] = [];
  for (const item of topLevelItems(card)) {
    const subs = [...item.querySelectorAll('[role="listitem"]')];
    const lines = linesOf(item, subs);
    const companyUrl = orgHref(item, subs, base);
    if (subs.length > 0) {
      const group = groupFromLines(lines);
      const inGroup = subs.map((sub) =>
        compact({ ...subRoleFromLines(linesOf(sub, [])), description: descriptionOf(sub, []) }),
      );
      roles.push(...rolesInGroup(group, inGroup, companyUrl));
    } else if (lines.length > 0) {
      roles.push(compact({ ...roleFromLines(lines), companyUrl, description: descriptionOf(item, subs) }));
    }
  }
  return roles;
}

function readEducation(card: Element, base: string): Education[] {
  const schools: Education[] = [];
  for (const item of topLevelItems(card)) {
    const lines = linesOf(item, []);
    if (lines.length === 0) continue;
    schools.push(compact({ ...schoolFromLines(lines), schoolUrl: orgHref(item, [], base) }));
  }
  return schools;
}

function topLevelItems(card: Element): Element[] {
  return [...card.querySelectorAll('[role="listitem"]')].filter(
    (item) => !card.contains(item.parentElement?.closest('[role="listitem"]') ?? null),
  );
}

/** The entry's own <p> lines: not its sub-roles' and not its description's. */
function linesOf(item: Element, subs: Element[]): string[] {
  const lines: string[] = [];
  for (const p of item.querySelectorAll('p')) {
    if (subs.some((sub) => sub.contains(p)) || p.closest(TEXT_BOX)) continue;
    const text = textOf(p);
    if (text) lines.push(text);
  }
  return lines;
}

function descriptionOf(item: Element, subs: Element[]): string | undefined {
  const box = [...item.querySelectorAll(TEXT_BOX)].find((el) => !subs.some((sub) => sub.contains(el)));
  return blockText(box);
}

/** The entry's company or school page (employers can be schools, schools can be companies). */
function orgHref(item: Element, subs: Element[], base: string): string | undefined {
  for (const link of item.querySelectorAll('a[href]')) {
    if (subs.some((sub) => sub.contains(link))) continue;
    const url = canonicalOrgUrl(link.getAttribute('href'), base);
    if (url) return url;
  }
  return undefined;
}
