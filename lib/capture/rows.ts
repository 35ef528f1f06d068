import { compact } from './page-reading';
import { isDateLine } from './dates';
import { canonicalOrgUrl } from './org-url';
import { perReading } from './reading-memo';
import type { GroupLines, RoleLines, SchoolLines } from './profile';
import { isCardHeading } from './cards';
import { boxText, linesIn, type Line, type Visibility } from './visible';

/**
 * Entries of an Experience or Education card. Rows are found by markers when LinkedIn ships them
 * (`role="listitem"`, <li>, entity-collection-item keys, Ember's entity view) and otherwise by the
 * content's shape: repeated siblings that each hold an organisation link or a date line.
 */
const ROW = [
  '[role="listitem"]', 'li', '[componentkey*="entity-collection-item"]', '[data-key*="entity-collection-item"]',
  '[id*="entity-collection-item"]', '[data-view-name="profile-component-entity"]',
].join(', ');
const ENTRY_MARKER = '[role="listitem"], [componentkey*="entity-collection-item"], [data-view-name="profile-component-entity"]';
// Long text (role descriptions) and Ember's sub-components (description, skills, media).
const DESCRIPTION = '[data-testid="expandable-text-box"], [class*="inline-show-more-text"]';
const SUB_COMPONENTS = '.pvs-entity__sub-components';

interface RowContext {
  base: string;
  vis: Visibility;
}

/** The card's rows as lines: the background reads the fields off them (entry-lines.ts). */
export function readExperienceCard(card: Element, ctx: RowContext): Array<RoleLines | GroupLines> {
  const roles: Array<RoleLines | GroupLines> = [];
  for (const row of rowsOf(card, ctx)) {
    const subs = subRowsOf(row, ctx);
    const lines = ownLines(row, subs, ctx);
    const companyUrl = orgHref(row, subs, ctx);
    if (subs.length > 0) {
      const inGroup = subs.map((sub) => compact({ lines: roleOwn(ownLines(sub, [], ctx)), description: descriptionOf(sub, [], ctx) }));
      roles.push(compact({ group: lines.map((l) => l.text), roles: inGroup, companyUrl }));
    } else if (lines.length > 0) {
      roles.push(compact({ lines: roleOwn(lines), companyUrl, description: descriptionOf(row, [], ctx) }));
    }
  }
  return roles;
}

/**
 * A role's own lines. The server-driven layout puts title, company, dates and place inside the
 * company link and the description after it: a line after the dates outside the link that holds
 * them is not the role's place. An employer with no LinkedIn page has no link; the box that holds
 * the title and the dates marks the role's lines then.
 */
function roleOwn(lines: Line[]): string[] {
  const at = lines.findIndex((line) => isDateLine(line.text));
  const dates = lines[at]?.el;
  const first = lines[0]?.el;
  let box: Element | null | undefined = dates?.closest('a[href]');
  if (!box && dates && first) for (box = dates; box && !box.contains(first); ) box = box.parentElement;
  return lines.filter((line, i) => !box || i <= at || box.contains(line.el)).map((line) => line.text);
}

export function readEducationCard(card: Element, ctx: RowContext): SchoolLines[] {
  const schools: SchoolLines[] = [];
  for (const row of rowsOf(card, ctx)) {
    const lines = ownLines(row, [], ctx).map((l) => l.text);
    if (lines.length === 0) continue;
    schools.push(compact({ lines, schoolUrl: orgHref(row, [], ctx) }));
  }
  return schools;
}

/** Lines that belong to the card's entries: not its heading, not "Show all", not descriptions. */
function contentLines(scope: Element, ctx: RowContext): readonly Line[] {
  return contentLinesOf(scope, ctx.vis);
}

// Asked of the same rows again and again (finding rows, tightening them, sub-roles, dates).
const contentLinesOf = perReading((scope: Element, vis: Visibility): readonly Line[] =>
  // Only the card's own heading: another <h3> is an entry's title (older and public layouts
  // write "<h3>Co-chair</h3><h4>Gates Foundation</h4>").
  linesIn(scope, vis, (el) => isCardHeading(el, vis) || isFooterLink(el) || el.matches(DESCRIPTION)),
);

function isFooterLink(el: Element): boolean {
  return el.tagName === 'A' && /\/details\/|\/overlay\//.test(el.getAttribute('href') ?? '');
}

function rowsOf(card: Element, ctx: RowContext): Element[] {
  const marked = [...card.querySelectorAll(ROW)].filter(
    (row) => ctx.vis.shown(row) && !insideAnother(row, card) && contentLines(row, ctx).length > 0,
  );
  if (marked.length > 0) return marked.map((row) => tighten(row, ctx));
  return rowsByShape(card, ctx);
}

/**
 * A marker that only wraps another marker holding all its text (Ember's <li> around the entity
 * view) is the inner one, so that "nested rows" mean sub-roles, never the row itself.
 */
function tighten(row: Element, ctx: RowContext): Element {
  for (;;) {
    const lines = contentLines(row, ctx);
    const inner = [...row.querySelectorAll(ROW)].find(
      (el) => el !== row && lines.every((line) => el.contains(line.el)),
    );
    if (!inner) return row;
    row = inner;
  }
}

/** A marked row nested in another marked row (sub-roles, skills) is part of it. */
function insideAnother(row: Element, scope: Element): boolean {
  const outer = row.parentElement?.closest(ROW);
  return outer !== null && outer !== undefined && scope.contains(outer) && outer !== scope;
}

function looksLikeEntry(el: Element, ctx: RowContext): boolean {
  if (el.querySelector('img, figure')) return true;
  if ([...el.querySelectorAll('a[href]')].some((a) => canonicalOrgUrl(a.getAttribute('href'), ctx.base))) return true;
  return hasDate(el, ctx);
}

/**
 * Without markers: the deepest element that holds all the card's lines, descended while only one
 * child holds them; its children are the rows when at least two of them look like entries.
 */
function rowsByShape(card: Element, ctx: RowContext): Element[] {
  const lines = contentLines(card, ctx);
  if (lines.length === 0) return [];
  const { scope, groups } = splitAround(lines, card);
  const entries = groups.filter((g) => looksLikeEntry(g, ctx));
  return entries.length >= 2 ? entries : [scope];
}

/** The deepest element holding all `lines`, and its children that hold some of them. */
function splitAround(lines: readonly Line[], limit: Element): { scope: Element; groups: Element[] } {
  let scope = commonAncestor(lines.map((l) => l.el), limit);
  for (;;) {
    const groups = [...scope.children].filter((child) => lines.some((l) => child.contains(l.el)));
    if (groups.length !== 1 || !groups[0]) return { scope, groups };
    scope = groups[0];
  }
}

function commonAncestor(els: Element[], limit: Element): Element {
  let node: Element | null = els[0] ?? limit;
  while (node && node !== limit && !els.every((el) => node?.contains(el))) node = node.parentElement;
  return node ?? limit;
}

/** Roles grouped under one company: nested rows with their own date lines, when the header has none. */
function subRowsOf(row: Element, ctx: RowContext): Element[] {
  let subs = [...row.querySelectorAll(ROW)]
    .filter((sub) => sub !== row && ctx.vis.shown(sub) && !insideAnother(sub, row) && hasDate(sub, ctx))
    .map((sub) => tighten(sub, ctx));
  if (subs.length === 0) {
    // Without markers: the roles are the children that split the row's date lines between them.
    const dated = contentLines(row, ctx).filter((l) => isDateLine(l.text));
    if (dated.length < 2) return [];
    const { groups } = splitAround(dated, row);
    subs = groups.length === dated.length ? groups : [];
  }
  if (subs.length === 0) return [];
  const header = ownLines(row, subs, ctx);
  return header.some((line) => isDateLine(line.text)) ? [] : subs;
}

function hasDate(el: Element, ctx: RowContext): boolean {
  return contentLines(el, ctx).some((line) => isDateLine(line.text));
}

/** The row's own lines: not its sub-roles', descriptions', or Ember sub-components'. */
function ownLines(row: Element, subs: Element[], ctx: RowContext): Line[] {
  return contentLines(row, ctx).filter(
    (line) => !subs.some((sub) => sub.contains(line.el)) && !inSubComponents(line.el, row),
  );
}

function inSubComponents(el: Element, row: Element): boolean {
  const sub = el.closest(SUB_COMPONENTS);
  return sub !== null && row.contains(sub) && sub !== row;
}

function descriptionOf(row: Element, subs: Element[], ctx: RowContext): string | undefined {
  for (const box of row.querySelectorAll(DESCRIPTION)) {
    if (subs.some((sub) => sub.contains(box)) || box.closest('a') || !ctx.vis.shown(box)) continue;
    // A nested role's description is its own (plain <li>s inside a row are not roles).
    const owner = box.parentElement?.closest(ENTRY_MARKER);
    if (owner && owner !== row && row.contains(owner)) continue;
    const text = boxText(box, ctx.vis);
    if (text) return text;
  }
  return plainDescription(row, subs, ctx);
}

/**
 * Ember's sub-components list may hold the description with no show-more box around it (a
 * 2023 /details/experience/ page): a block of prose there, its own and not a nested role's.
 * The skills line beside it ("Figma, UX research and +3 skills", "A · B · C") is no prose.
 */
function plainDescription(row: Element, subs: Element[], ctx: RowContext): string | undefined {
  for (const box of row.querySelectorAll(`${SUB_COMPONENTS} span[aria-hidden="true"]`)) {
    if (subs.some((sub) => sub.contains(box)) || box.closest('a') || !ctx.vis.shown(box)) continue;
    const owner = box.closest(SUB_COMPONENTS)?.parentElement?.closest(ENTRY_MARKER);
    if (owner && owner !== row && row.contains(owner)) continue;
    const text = boxText(box, ctx.vis);
    if (text && isProse(text)) return text;
  }
  return undefined;
}

function isProse(text: string): boolean {
  if (/\+\s?\d+\s\S+$/u.test(text) || text.split(' · ').length > 2) return false;
  return text.includes('\n') || text.length >= 60;
}

/** The entry's company or school page (employers can be schools, schools can be companies). */
function orgHref(row: Element, subs: Element[], ctx: RowContext): string | undefined {
  for (const link of row.querySelectorAll('a[href]')) {
    if (subs.some((sub) => sub.contains(link)) || inSubComponents(link, row)) continue;
    const url = canonicalOrgUrl(link.getAttribute('href'), ctx.base);
    if (url) return url;
  }
  return undefined;
}
