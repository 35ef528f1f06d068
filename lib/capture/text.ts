/**
 * Page text is data. Everything here reads textContent (never markup, never innerText, which
 * would force a layout on a 600 KB page) and normalises LinkedIn's whitespace: indentation from
 * templates, non-breaking spaces, and zero-width characters used as separators.
 */

// \s already covers NBSP, the U+2000 spaces and U+3000. U+200D (joiner) and U+200C stay:
// emoji sequences and Persian names need them. Right-to-left pages add direction marks and
// isolates (U+200E/F, U+061C, U+202A–E, U+2066–9) around dates and Latin words: they are not text.
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
const SPACES = /\s+/g;

export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'svg', 'SVG']);
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/**
 * Multi-line text (About, role descriptions): LinkedIn writes the user's paragraphs as <br>s, which
 * textContent drops, so "…Carl Sagan.<br><br>Right now…" would run together.
 */
export function blockText(el: Element | null | undefined, hidden?: (el: Element) => boolean, keepNewlines = false): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  collect(el, parts, hidden, keepNewlines);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/**
 * A "see more" control and the ellipsis before it ("… <button>see more</button>", "... <a
 * role="button" href="#">zobacz więcej</a>"): chrome around the text, not part of it. The
 * whole text is in the page already, clamped only by the stylesheet.
 */
function isSeeMore(el: Element): boolean {
  if (el.getAttribute('role') === 'button' || (el.tagName === 'A' && el.getAttribute('href') === '#')) return true;
  const control = el.querySelector('button, [role="button"]');
  if (!control) return false;
  const own = (el.textContent ?? '').replace(control.textContent ?? '', '');
  return /^[\s.…]*$/.test(own);
}

function collect(node: Node, parts: string[], hidden: ((el: Element) => boolean) | undefined, keepNewlines: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      parts.push(keepNewlines ? text : text.replace(/\n/g, ' '));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (SKIPPED.has(el.tagName) || el.classList.contains('visually-hidden') || hidden?.(el) || isSeeMore(el)) continue;
      if (el.tagName === 'BR') {
        parts.push('\n');
        continue;
      }
      const block = BLOCKS.has(el.tagName);
      if (block) parts.push('\n');
      collect(el, parts, hidden, keepNewlines);
      if (block) parts.push('\n');
    }
  }
}

/**
 * Arabic-Indic and Persian digits as ASCII ones, for reading dates and badges: Arabic pages may
 * write "مارس ٢٠٢٢". Text that is kept as written (names, headlines) does not go through this.
 */
export function asciiDigits(text: string): string {
  // Both runs start at a code point divisible by 16 (U+0660, U+06F0).
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) % 16));
}

/** "A · B · C" → ["A", "B", "C"]: LinkedIn joins facts on one line with a middle dot. */
export function splitDots(line: string): string[] {
  return line
    .split(/\s+[·•]\s+|^\s*[·•]\s*|\s*[·•]\s*$/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Text shaped like a place ("Toronto, Ontario, Canada · Hybrid", "Greater Seattle Area"): the one
 * rule for the top card, entries and the public page. No LinkedIn place has a number (in any
 * script), a hashtag, "@", "|", a label's colon or a "+5", or is a sentence: a line that is
 * long or ends as a sentence does is a description, a count, a headline or a skills line.
 */
export function isPlaceText(text: string): boolean {
  // No place names LinkedIn: "LinkedIn helped me get this job" is a badge, in every language.
  return text.length <= 100 && !/[\d#@|:：+]/.test(asciiDigits(text)) && !/[.!?。！？]$/.test(text) && !/linkedin/i.test(text);
}

/** Case- and space-insensitive equality, for names of the same company written in two places. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
}
