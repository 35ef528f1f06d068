/**
 * Some profile pages render little and carry the profile in an embedded React-server-component
 * payload: chunks "id:json" whose element tuples ["$", "h2", key, {children}] describe the cards,
 * with `componentKey` / `observabilityIdentifier` naming them and "$L6a" pointing at other chunks.
 * This rebuilds those cards as an inert, detached document, so the same signal-scored reader reads
 * them as it reads a rendered page. Nothing here runs page code: the payload is parsed as JSON and
 * only a few plain tags are created, in a document that has no window.
 */
type Json = unknown;

const MARKERS = /observabilityIdentifier|componentKey/;
const TAGS = new Set(['div', 'section', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'a', 'ul', 'ol', 'li', 'figure', 'strong', 'em', 'br']);
const MAX_CHUNKS = 5000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 60;

export function payloadDocument(doc: Document): Document | undefined {
  const chunks = new Map<string, Json>();
  for (const block of doc.querySelectorAll('script, code')) {
    const text = block.textContent ?? '';
    if (!MARKERS.test(text)) continue;
    collectChunks(text, chunks);
    if (chunks.size > MAX_CHUNKS) break;
  }
  if (chunks.size === 0) return undefined;

  const out = doc.implementation.createHTMLDocument(doc.title);
  const main = out.createElement('main');
  let budget = MAX_NODES;
  const seen = new Set<string>();

  const render = (value: Json, parent: Element, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH || value === null || value === undefined) return;
    if (typeof value === 'string') {
      const ref = /^\$L?([0-9a-z]+)$/i.exec(value);
      const id = ref?.[1]?.toLowerCase();
      if (id && chunks.has(id)) {
        if (seen.has(id)) return;
        seen.add(id);
        render(chunks.get(id), parent, depth + 1);
        return;
      }
      if (!value.startsWith('$')) parent.append(out.createTextNode(value));
      return;
    }
    if (typeof value === 'number') return;
    if (Array.isArray(value)) {
      if (value[0] === '$' && typeof value[1] === 'string') {
        renderElement(value[1], (value[3] ?? {}) as Record<string, Json>, parent, depth);
        return;
      }
      for (const item of value) render(item, parent, depth + 1);
      return;
    }
    if (typeof value === 'object') renderElement('$object', value as Record<string, Json>, parent, depth);
  };

  const renderElement = (type: string, props: Record<string, Json>, parent: Element, depth: number) => {
    const tag = type.toLowerCase();
    const key = typeof props.componentKey === 'string' ? props.componentKey : undefined;
    const el = out.createElement(TAGS.has(tag) ? tag : 'div');
    if (key) el.setAttribute('componentkey', key);
    if (typeof props.observabilityIdentifier === 'string') el.setAttribute('data-view-name', props.observabilityIdentifier);
    if (tag === 'a' && typeof props.href === 'string') el.setAttribute('href', props.href);
    // What hides an element on the page hides it here too.
    if (props.hidden === true) el.setAttribute('hidden', '');
    if (props['aria-hidden'] === true || props['aria-hidden'] === 'true') el.setAttribute('aria-hidden', 'true');
    if (typeof props.className === 'string') el.setAttribute('class', props.className);
    const style = props.style as Record<string, Json> | undefined;
    if (style && typeof style === 'object' && (style.display === 'none' || style.visibility === 'hidden')) el.setAttribute('hidden', '');
    if (typeof props['data-testid'] === 'string') el.setAttribute('data-testid', props['data-testid']);
    parent.append(el);
    render(props.children, el, depth + 1);
    render(props.initialContent, el, depth + 1);
  };

  // The root chunk ("0") holds the page; without one, every chunk in order.
  if (chunks.has('0')) render('$0', main, 0);
  else for (const id of chunks.keys()) render(`$${id}`, main, 0);
  if (!main.querySelector('h1, h2, h3')) return undefined;
  out.body.append(main);
  return out;
}

/** Chunks as JSON string literals holding "id:json" lines (flight data), or as plain JSON. */
function collectChunks(text: string, chunks: Map<string, Json>): void {
  for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    if (!MARKERS.test(match[0]) && !/^"[0-9a-z]+:[[{"]/i.test(match[0])) continue;
    let literal: unknown;
    try {
      literal = JSON.parse(match[0]);
    } catch {
      continue;
    }
    if (typeof literal !== 'string') continue;
    for (const line of literal.split('\n')) {
      const chunk = /^([0-9a-z]+):([[{"].*)$/is.exec(line);
      if (!chunk?.[1] || !chunk[2]) continue;
      try {
        chunks.set(chunk[1].toLowerCase(), JSON.parse(chunk[2]));
      } catch {
        // A chunk cut in two across pushes: the rest of the payload still counts.
      }
      if (chunks.size > MAX_CHUNKS) return;
    }
  }
}
