import { perReading } from './reading-memo';
import { blockText, cleanText } from './text';

/**
 * Only what a person can see counts. LinkedIn pre-renders hidden duplicates next to visible text
 * (the screen-reader copy of every Ember line, a `display:none` degree badge of another member,
 * a hidden card left over from an in-page navigation), so every reader goes through here.
 *
 * The static rules work on any Document (tests feed fixture pages without layout); in the browser
 * the reader also passes `checkVisibility`, which sees class-based `display:none` from LinkedIn's
 * hashed stylesheets.
 */
export type VisibilityCheck = (el: Element) => boolean;

const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO']);
// A media player's own controls (video.js, which plays the name pronunciation and the cover
// story): its stylesheet hides most of them, and none is the profile's text. A page saved
// without LinkedIn's stylesheets shows them all ("Current Time 0:00", "/", "Duration 0:07").
const MEDIA_PLAYER = /(?:^|\s)video-js(?:\s|$)/;
const SEPARATOR = /(?:^|\s)separator(?:\s|$)/;
// Screen-reader-only copies: visible to assistive technology, not on screen, and always a duplicate.
const SR_ONLY = /(?:^|\s)(?:visually-hidden|sr-only|a11y-text|screen-reader-text|visuallyhidden|hidden)(?:\s|$)/;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/** True when this element itself (not its ancestors) hides its content. */
export function hidesItself(el: Element): boolean {
  if (NEVER_SHOWN.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || (el.tagName === 'INPUT' && el.getAttribute('type') === 'hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  if (el.hasAttribute('data-vjs-player')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && (SR_ONLY.test(cls) || MEDIA_PLAYER.test(cls));
}

/**
 * The copy on screen marked aria-hidden, when `el` is the screen-reader copy beside it: LinkedIn
 * (2026) writes each line twice, side by side, and hides the second by a hashed class that no
 * rule here can know ("RTCKRTCK"). The twin says so: hidden from screen readers, and the same
 * text, or the same dates spelt out ("Jan 2022 - Saat ini" beside "Jan 2022 hingga Saat ini").
 */
function screenReaderTwin(el: Element): Element | undefined {
  if (el.hasAttribute('aria-hidden')) return undefined;
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    // Hidden pre-rendered copies may sit between the two.
    let twin = el[step];
    while (twin && hidesItself(twin)) twin = twin[step];
    if (twin?.getAttribute('aria-hidden') !== 'true') continue;
    const text = cleanText(twin.textContent);
    if (text && sameReading(text, cleanText(el.textContent))) return twin;
  }
  return undefined;
}

/** The same words, or the same numbers in the same order: "Jan 2022 - Present" is read "Jan 2022 to Present". */
function sameReading(shown: string, spoken: string): boolean {
  const numbers = (text: string) => text.match(/\d+/g)?.join(' ') ?? '';
  return shown === spoken || (numbers(shown) !== '' && numbers(shown) === numbers(spoken));
}

export interface Visibility {
  /** The element and all its ancestors show it. */
  shown(el: Element): boolean;
  /** The element hides its own content (its ancestors are already known to be shown). */
  hides(el: Element): boolean;
}

/** A visibility test for one reading: static rules on the element and its ancestors, plus the browser's own. */
export function visibilityTest(browserCheck?: VisibilityCheck): Visibility {
  const cache = new Map<Element, boolean>();
  // The browser's check is a style query: asked once per element for the reading.
  const byBrowserCache = new Map<Element, boolean>();
  const byBrowser = (el: Element): boolean => {
    if (!browserCheck) return true;
    let result = byBrowserCache.get(el);
    if (result === undefined) {
      try {
        result = browserCheck(el);
      } catch {
        result = true;
      }
      byBrowserCache.set(el, result);
    }
    return result;
  };
  const staticShown = (el: Element | null): boolean => {
    if (!el) return true;
    const known = cache.get(el);
    if (known !== undefined) return known;
    const result = !hidesItself(el) && !twinShown(el) && staticShown(el.parentElement);
    cache.set(el, result);
    return result;
  };
  // Only when the copy on screen is itself shown: otherwise this one is all there is.
  const twinShown = (el: Element): boolean => {
    const twin = screenReaderTwin(el);
    return twin !== undefined && !hidesItself(twin) && byBrowser(twin);
  };
  // Every line reader asks this of every element it walks, again for each nested scope.
  const hidden = new Map<Element, boolean>();
  return {
    shown: (el) => staticShown(el) && byBrowser(el),
    hides: (el) => {
      let result = hidden.get(el);
      if (result === undefined) {
        // The browser's check is asked only of elements that hold text of their own, to keep it cheap.
        result = hidesItself(el) || twinShown(el) || (browserCheck !== undefined && el.childElementCount === 0 && !byBrowser(el));
        hidden.set(el, result);
      }
      return result;
    },
  };
}

/** Visible text of an element, cleaned; undefined when none is visible. */
export function visibleText(el: Element | null | undefined, vis: Visibility): string | undefined {
  if (!el || !vis.shown(el)) return undefined;
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !vis.hides(child as Element)) walk(child);
    }
  };
  walk(el);
  const text = cleanText(out);
  return text === '' ? undefined : text;
}

/** One line of text as a person reads it, and the element that holds it. */
export interface Line {
  text: string;
  el: Element;
}

const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'FORM', 'FIGCAPTION',
]);
const SKIPPED = new Set(['BUTTON', 'SVG', 'svg', 'IMG', 'SELECT', 'TEXTAREA', 'INPUT']);

/**
 * The visible lines under `root`, in reading order. A line ends at a block element, and also
 * between sibling inline elements that each carry text with no loose text between them (Ember
 * stacks "company", "dates" and "location" as sibling spans in one div; SDUI uses <p>s). A line
 * like "Toronto · <a>Contact info</a>" stays one line: its parts are joined by loose text.
 */
export function linesIn(root: Element, vis: Visibility, skip?: (el: Element) => boolean): Line[] {
  const lines: Line[] = [];
  if (!vis.shown(root)) return lines;
  let buffer = '';
  let holder: Element = root;
  const flush = () => {
    const text = cleanText(buffer);
    if (text) lines.push({ text, el: holder });
    buffer = '';
  };
  const walk = (node: Element) => {
    const split = splitsChildren(node, vis);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIPPED.has(el.tagName) || vis.hides(el) || skip?.(el)) continue;
      if (el.tagName === 'BR') {
        flush();
        continue;
      }
      if (BLOCK.has(el.tagName.toUpperCase()) || split) {
        flush();
        const outer = holder;
        holder = el;
        walk(el);
        flush();
        holder = outer;
      } else {
        // Ember (2021) draws the "·" before a "separator" span with CSS: "Stone · Tempo integral".
        if (SEPARATOR.test(el.getAttribute('class') ?? '')) buffer += ' · ';
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

const splitsChildren = perReading((node: Element, vis: Visibility): boolean => {
  let withText = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && KEPT_CHAR.test(child.nodeValue ?? '')) return false;
    if (child.nodeType === 1 && !hidesItself(child as Element) && hasText(child as Element, vis)) withText++;
  }
  return withText >= 2;
});

// A character cleanText keeps: not whitespace (\s and trim() agree on what that is), not an invisible one.
const KEPT_CHAR = /[^\s\u200B\u200E\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/;

/** `cleanText(el.textContent) !== ''` (hidden text counts), without rebuilding textContent at every level. */
const hasText = perReading((el: Element, vis: Visibility): boolean => {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    // CDATA sections (4) are in textContent too.
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (KEPT_CHAR.test(child.nodeValue ?? '')) return true;
    } else if (child.nodeType === 1 && hasText(child as Element, vis)) return true;
  }
  return false;
});

/** `later` comes after `el` in the document (DOCUMENT_POSITION_FOLLOWING; no Node global needed). */
export function follows(later: Node, el: Node): boolean {
  return (el.compareDocumentPosition(later) & 4) !== 0;
}

/** The first element under `scope` matching `selector` that a person can see. */
export function firstShown(scope: ParentNode, selector: string, vis: Visibility): Element | undefined {
  for (const el of scope.querySelectorAll(selector)) if (vis.shown(el)) return el;
  return undefined;
}

/** A long-text box (About, a role's description) as multi-line visible text. */
export function boxText(box: Element, vis: Visibility): string | undefined {
  // Ember: the aria-hidden copy is the one on screen (beside a screen-reader copy).
  const shown = firstShown(box, 'span[aria-hidden="true"]', vis) ?? box;
  // The 2026 text box writes its paragraphs as newlines in the text, which its stylesheet
  // shows as line breaks (white-space: pre-wrap): a saved or unstyled page must keep them too.
  return blockText(shown, vis.hides, shown.closest(PRE_WRAPPED) !== null);
}

const PRE_WRAPPED = '[data-testid="expandable-text-box"]';
