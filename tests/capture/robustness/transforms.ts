import { isHeading, type SectionName } from '@/lib/capture/headings';
import type { Rng } from '../../helpers/seeded-random';
import { hiddenOrInside, isNonText, shownText, visibleTextRuns } from './visibility';

/**
 * Seeded DOM transformations modelled on what LinkedIn does to its profile markup between
 * releases and between members. Each keeps what a person sees on screen (the same text, hidden
 * copies aside, in the same card); each removes or moves one of the signals a reader may lean on.
 * `applyTransform` is pure: it returns a transformed copy and leaves its input alone.
 */
export type Layout = 'sdui-2026' | 'ember-2024' | 'public-2024';

export interface Transform {
  name: string;
  /** Layouts where LinkedIn makes this change; elsewhere it would make a page no member sees. */
  layouts: readonly Layout[];
  mutate(doc: Document, rng: Rng): void;
}

const CARD = 'com.linkedin.sdui.profile.card.';
const ALL: readonly Layout[] = ['sdui-2026', 'ember-2024', 'public-2024'];

export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

export function applyTransform(transform: Transform, doc: Document, rng: Rng): Document {
  const copy = cloneDocument(doc);
  transform.mutate(copy, rng);
  return copy;
}

// ---------------------------------------------------------------- SDUI cards

function keyOf(el: Element): string {
  return el.getAttribute('componentkey') ?? el.id;
}

function sduiCards(doc: Document): Element[] {
  return [...doc.querySelectorAll(`[componentkey^="${CARD}"], [id^="${CARD}"]`)].filter(
    // A card with both attributes is listed once; its inner elements never carry the prefix.
    (el, i, all) => all.indexOf(el) === i,
  );
}

const isTopKey = (key: string) => /Topcard$/.test(key);

/** "About", "Experience", "Education", … from a card key or, failing that, its heading. */
function sectionOfCard(card: Element): string {
  const key = keyOf(card);
  const named = /(About|Summary|Activity|Experience|Positions|Education|Schools|Skills|Featured|Projects|Languages|Interests)/.exec(
    key.slice(key.lastIndexOf('ref') + 3),
  )?.[1];
  if (named) return named;
  const h2 = card.querySelector('h2');
  for (const section of ['about', 'experience', 'education'] as const) {
    if (h2 && isHeading(shownText(h2), section)) return section[0]!.toUpperCase() + section.slice(1);
  }
  return 'Section';
}

/** The profile's own slug, from the top card's "Contact info" or any own sub-page link. */
function ownSlug(doc: Document): string {
  const href = doc.querySelector('a[href*="/overlay/contact-info"], a[href*="/details/"]')?.getAttribute('href') ?? '';
  return /\/in\/([^/?#]+)/.exec(href)?.[1] ?? 'member';
}

function setKey(card: Element, key: string, rng: Rng): void {
  if (card.hasAttribute('componentkey')) card.setAttribute('componentkey', key);
  if (card.id) {
    // Some builds key a card by componentkey only, some by id only.
    if (card.hasAttribute('componentkey') && rng.chance(0.3)) card.removeAttribute('id');
    else card.id = key;
  }
}

const RENAMED: Record<string, string> = {
  About: 'SummaryCard',
  Experience: 'PositionsSection',
  Education: 'SchoolsSection',
};

function rekeySduiCards(doc: Document, rng: Rng): void {
  const slug = ownSlug(doc);
  for (const card of sduiCards(doc)) {
    if (isTopKey(keyOf(card))) continue;
    const section = sectionOfCard(card);
    const style = rng.int(4);
    const key =
      style === 0
        ? `${CARD}${section}Only${slug}`
        : style === 1
          ? `${section}TopLevelSection`
          : style === 2
            ? `${CARD}refACoAA${rng.hex(10)}${RENAMED[section] ?? `${section}V2`}`
            : `${CARD}${rng.hex(16)}`;
    setKey(card, key, rng);
  }
  for (const item of doc.querySelectorAll('[componentkey^="entity-collection-item"]')) {
    item.setAttribute('componentkey', `entity-collection-item-${rng.hex(8)}`);
  }
}

function rekeyEmberCards(doc: Document, rng: Rng): void {
  for (const name of ['about', 'experience', 'education']) {
    const anchor = doc.getElementById(name);
    if (!anchor) continue;
    if (rng.chance(0.5)) anchor.remove();
    else anchor.id = rng.pick([`${name}-section`, `profile-${name}`, `${name}_${rng.hex(4)}`]);
  }
  // Older Ember builds (and some members' pages) have none of these hooks.
  for (const el of doc.querySelectorAll('[data-view-name]')) el.removeAttribute('data-view-name');
}

function rekeySduiTopCard(doc: Document, rng: Rng): void {
  for (const card of sduiCards(doc)) {
    const key = keyOf(card);
    if (!isTopKey(key)) continue;
    const ref = key.slice(0, -'Topcard'.length);
    setKey(card, rng.pick([`${ref}TopCardSection`, `${CARD}topcard${rng.hex(12)}`, 'profileTopCard']), rng);
  }
  for (const link of doc.querySelectorAll('[componentkey^="ProfileVerificationTriggerRef"]')) {
    link.removeAttribute('componentkey');
  }
}

// ---------------------------------------------------------------- structure

const WRAPPABLE = new Set(['DIV', 'SECTION', 'A', 'P', 'UL', 'FIGURE', 'H1', 'H2', 'ASIDE']);
const WRAP_PARENTS = new Set(['DIV', 'SECTION', 'MAIN', 'A', 'LI', 'ASIDE', 'BODY']);

function wrapDivs(doc: Document, rng: Rng): void {
  const body = doc.body;
  if (!body) return;
  for (const el of [...body.querySelectorAll('*')]) {
    const parent = el.parentElement;
    if (!parent || !WRAPPABLE.has(el.tagName) || !WRAP_PARENTS.has(parent.tagName)) continue;
    if (isNonText(el) || el.closest('p, h1, h2, h3')?.contains(parent)) continue;
    if (!rng.chance(0.2)) continue;
    const wrapper = doc.createElement('div');
    wrapper.className = `_w${rng.hex(5)}`;
    parent.insertBefore(wrapper, el);
    wrapper.append(el);
  }
}

// Class names that only style (LinkedIn's hashed ones and layout utilities) — a div carrying
// only these says nothing, so LinkedIn drops or adds it freely. Semantic hooks stay.
const STYLE_ONLY =
  /^(_[a-z0-9-]{2,12}|[A-Za-z]{24,}|display-flex|flex-[\w-]+|full-width|full-height|align-[\w-]+|justify-[\w-]+|relative|inline|[mp][trblxyhv]?\d|break-words)$/;

function unwrapDivs(doc: Document, rng: Rng): void {
  const body = doc.body;
  if (!body) return;
  for (const div of [...body.querySelectorAll('div')]) {
    const parent = div.parentElement;
    if (!parent || isNonText(div) || div.children.length !== 1) continue;
    if ([...div.attributes].some((attr) => attr.name !== 'class')) continue;
    if (![...div.classList].every((token) => STYLE_ONLY.test(token))) continue;
    if ([...div.childNodes].some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '')) continue;
    if (!rng.chance(0.5)) continue;
    const child = div.firstElementChild;
    if (child) parent.replaceChild(child, div);
  }
}

/** Shuffles elements among the places they occupy, parent by parent. */
function shuffleInPlace(elements: Element[], rng: Rng): void {
  const byParent = new Map<Element, Element[]>();
  for (const el of elements) {
    const parent = el.parentElement;
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), el]);
  }
  for (const group of byParent.values()) {
    if (group.length < 2) continue;
    let order = rng.shuffle(group);
    // Always a change: a shuffle that lands on the original order is rotated by one.
    if (order.every((el, i) => el === group[i])) order = [...group.slice(1), group[0] as Element];
    const marks = group.map((el) => {
      const mark = el.ownerDocument.createComment('slot');
      el.before(mark);
      return mark;
    });
    marks.forEach((mark, i) => mark.replaceWith(order[i] as Element));
  }
}

function emberTopCard(doc: Document): Element | undefined {
  return (doc.querySelector('main') ?? doc.body)?.querySelector('h1')?.closest('section') ?? undefined;
}

function reorderCards(doc: Document, rng: Rng): void {
  const sdui = sduiCards(doc).filter((card) => !isTopKey(keyOf(card)));
  if (sdui.length > 0) return shuffleInPlace(sdui, rng);
  const top = emberTopCard(doc);
  const ember = top ? [...(top.parentElement?.children ?? [])].filter((el) => el !== top && el.tagName === 'SECTION') : [];
  if (ember.length > 0) return shuffleInPlace(ember, rng);
  shuffleInPlace([...doc.querySelectorAll('section[data-section]')].filter((el) => !el.closest('aside, [role="dialog"]')), rng);
}

function moveTopCard(doc: Document, rng: Rng): void {
  const visibleTop = sduiCards(doc).filter((card) => isTopKey(keyOf(card)) && !hiddenOrInside(card));
  const tops = visibleTop.length > 0 ? visibleTop : [emberTopCard(doc)].filter((el): el is Element => Boolean(el));
  const main = doc.querySelector('main');
  const anchor = main ?? doc.body?.firstElementChild;
  if (tops.length === 0 || !anchor?.parentElement) return;
  const outer = doc.createElement('div');
  outer.className = `_hdr${rng.hex(4)}`;
  const inner = doc.createElement('div');
  inner.className = `_in${rng.hex(4)}`;
  outer.append(inner);
  if (rng.chance(0.5)) anchor.before(outer);
  else anchor.after(outer);
  for (const top of tops) inner.append(top);
}

function dropRoles(doc: Document): void {
  for (const el of doc.querySelectorAll('[role]')) el.removeAttribute('role');
}

// ---------------------------------------------------------------- language

/**
 * Section headings as LinkedIn writes them, for languages whose words lib/capture/headings.ts
 * lists (a test keeps the two in step).
 */
export const HEADING_LANGUAGES: Record<string, Record<SectionName, string>> = {
  en: { about: 'About', experience: 'Experience', education: 'Education' },
  de: { about: 'Info', experience: 'Berufserfahrung', education: 'Ausbildung' },
  fr: { about: 'Infos', experience: 'Expérience', education: 'Formation' },
  es: { about: 'Acerca de', experience: 'Experiencia', education: 'Educación' },
  it: { about: 'Informazioni', experience: 'Esperienza', education: 'Istruzione' },
  pt: { about: 'Sobre', experience: 'Experiência', education: 'Formação acadêmica' },
  nl: { about: 'Info', experience: 'Ervaring', education: 'Opleiding' },
  sv: { about: 'Om', experience: 'Erfarenhet', education: 'Utbildning' },
  pl: { about: 'Informacje', experience: 'Doświadczenie', education: 'Wykształcenie' },
  ja: { about: '概要', experience: '職歴', education: '学歴' },
  cs: { about: 'Info', experience: 'Zkušenosti', education: 'Vzdělání' },
  ro: { about: 'Despre', experience: 'Experiență', education: 'Studii' },
  el: { about: 'Πληροφορίες', experience: 'Εμπειρία', education: 'Εκπαίδευση' },
  hu: { about: 'Névjegy', experience: 'Szakmai tapasztalat', education: 'Tanulmányok' },
  he: { about: 'אודות', experience: 'ניסיון', education: 'השכלה' },
  uk: { about: 'Інформація', experience: 'Досвід', education: 'Освіта' },
  th: { about: 'เกี่ยวกับ', experience: 'ประสบการณ์', education: 'การศึกษา' },
  vi: { about: 'Giới thiệu', experience: 'Kinh nghiệm', education: 'Học vấn' },
  ko: { about: '소개', experience: '경력', education: '학력' },
  zh: { about: '简介', experience: '工作经历', education: '教育经历' },
  ar: { about: 'نبذة عني', experience: 'الخبرة', education: 'التعليم' },
  hi: { about: 'परिचय', experience: 'अनुभव', education: 'शिक्षा' },
  ms: { about: 'Perihal', experience: 'Pengalaman', education: 'Pendidikan' },
  tl: { about: 'Tungkol', experience: 'Karanasan', education: 'Edukasyon' },
};

function swapHeadingLanguage(doc: Document, rng: Rng): void {
  const headings = [...(doc.body?.querySelectorAll('h2') ?? [])].filter((h2) => !h2.closest('aside'));
  const found = (['about', 'experience', 'education'] as const).flatMap((section) =>
    headings.filter((h2) => isHeading(shownText(h2), section)).map((h2) => ({ h2, section })),
  );
  const current = found.map(({ h2 }) => shownText(h2));
  const languages = Object.values(HEADING_LANGUAGES).filter((words) => !current.includes(words.experience));
  if (found.length === 0 || languages.length === 0) return;
  const words = rng.pick(languages);
  for (const { h2, section } of found) {
    const spans = [...h2.querySelectorAll('span')];
    if (spans.length > 0) for (const span of spans) span.textContent = words[section];
    else h2.textContent = words[section];
  }
}

// ---------------------------------------------------------------- hidden copies

const HIDERS: ((el: Element) => void)[] = [
  (el) => el.setAttribute('style', `${el.getAttribute('style') ?? ''};display:none`.replace(/^;/, '')),
  (el) => el.setAttribute('hidden', ''),
  (el) => el.classList.add('visually-hidden'),
  // React's measuring pass: an aria-hidden copy laid out invisibly beside the real line.
  (el) => {
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('style', 'visibility:hidden;position:absolute');
  },
];

function decoy(text: string, pool: string[], rng: Rng): string {
  if (/\b[123](st|nd|rd)\b/.test(text)) return text.replace(/\b([123])(st|nd|rd)\b/, (_, d) => (d === '1' ? '2nd' : '1st'));
  for (let tries = 0; tries < 4; tries++) {
    const other = rng.pick(pool);
    if (other !== text) return other;
  }
  return `${text} (2019)`;
}

function hiddenDuplicates(doc: Document, rng: Rng): void {
  const body = doc.body;
  if (!body) return;
  const pool = visibleTextRuns(doc).slice(0, 3000);
  if (pool.length === 0) return;
  const lines = [...body.querySelectorAll('*')].filter(
    (el) =>
      !isNonText(el) &&
      !hiddenOrInside(el) &&
      [...el.childNodes].some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== ''),
  );
  for (const el of lines) {
    const own = [...el.childNodes].filter((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '');
    const text = own.map((node) => node.nodeValue ?? '').join(' ').replace(/\s+/g, ' ').trim();
    const hide = rng.pick(HIDERS);
    if (el.children.length === 0 && el.parentElement && !['TITLE', 'OPTION', 'TEXTAREA'].includes(el.tagName)) {
      // A leaf line: a pre-rendered copy of the same element with other text.
      const copy = el.cloneNode(false) as Element;
      copy.removeAttribute('id');
      copy.textContent = decoy(text, pool, rng);
      hide(copy);
      if (rng.chance(0.5)) el.before(copy);
      else el.after(copy);
    } else {
      // Text beside elements ("Toronto · <a>Contact info</a>"): a hidden span next to it.
      const span = doc.createElement('span');
      span.textContent = ` ${decoy(text, pool, rng)} `;
      hide(span);
      const node = rng.pick(own);
      if (rng.chance(0.5)) el.insertBefore(span, node);
      else el.insertBefore(span, node.nextSibling);
    }
  }
}

// ---------------------------------------------------------------- catalogue

export const TRANSFORMS: readonly Transform[] = [
  {
    name: 'rekey-cards',
    layouts: ['sdui-2026', 'ember-2024'],
    mutate: (doc, rng) => (sduiCards(doc).length > 0 ? rekeySduiCards(doc, rng) : rekeyEmberCards(doc, rng)),
  },
  // Fair only on SDUI, where the name heading, the own-profile links and the title remain.
  { name: 'rekey-top-card', layouts: ['sdui-2026'], mutate: rekeySduiTopCard },
  { name: 'drop-roles', layouts: ALL, mutate: dropRoles },
  { name: 'wrap-divs', layouts: ALL, mutate: wrapDivs },
  { name: 'unwrap-divs', layouts: ALL, mutate: unwrapDivs },
  { name: 'reorder-cards', layouts: ALL, mutate: reorderCards },
  { name: 'swap-heading-language', layouts: ALL, mutate: swapHeadingLanguage },
  { name: 'hidden-duplicates', layouts: ALL, mutate: hiddenDuplicates },
  // The public page has no cards to move: its top card is a fixed server-rendered block.
  { name: 'move-top-card', layouts: ['sdui-2026', 'ember-2024'], mutate: moveTopCard },
];

export function transformsFor(layout: Layout): Transform[] {
  return TRANSFORMS.filter((t) => t.layouts.includes(layout));
}

