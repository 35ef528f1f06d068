/**
 * What a person can see, judged from the markup alone (the fixtures carry none of LinkedIn's
 * CSS): the `hidden` attribute, inline display:none / visibility:hidden, and LinkedIn's
 * screen-reader-only `visually-hidden` class. The transformations use it to keep what is on
 * screen unchanged, and their own tests use it to prove they did.
 */
const NOT_TEXT = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'CODE', 'TITLE', 'SVG', 'svg']);

export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.classList.contains('visually-hidden')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function hiddenOrInside(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (hiddenByMarkup(node) || NOT_TEXT.has(node.tagName)) return true;
  }
  return false;
}

/** The visible text of the body, in document order, one entry per text node. */
export function visibleTextRuns(doc: Document): string[] {
  const runs: string[] = [];
  const walk = (el: Element) => {
    if (hiddenByMarkup(el) || NOT_TEXT.has(el.tagName)) return;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (text) runs.push(text);
      } else if (node.nodeType === 1) walk(node as Element);
    }
  };
  if (doc.body) walk(doc.body);
  return runs;
}

/** Elements LinkedIn never shows as text (and that transformations leave alone). */
export function isNonText(el: Element): boolean {
  return NOT_TEXT.has(el.tagName) || el.closest('head, script, style, template, noscript, code, svg, button') !== null;
}

/** An element's own visible text (Ember doubles headings in a visually-hidden span). */
export function shownText(el: Element): string {
  let text = '';
  const walk = (node: Element) => {
    if (hiddenByMarkup(node)) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) walk(child as Element);
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}
