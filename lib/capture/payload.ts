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
/** How a flight row starts: its id, a colon, then JSON (`6a:[`). */
const ROW_HEAD = String.raw`[0-9a-z]+:[[{"]`;
/** Somewhere in the block, a string literal that starts a row. */
const ROW_START = new RegExp(`"${ROW_HEAD}`, 'i');
/** A string literal that itself starts a row. */
const LITERAL_ROW = new RegExp(`^"${ROW_HEAD}`, 'i');
/** One whole row: its id and its JSON. */
const ROW = /^([0-9a-z]+):([[{"].*)$/is;
const TAGS = new Set(['div', 'section', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'a', 'ul', 'ol', 'li', 'figure', 'strong', 'em', 'br']);
const MAX_CHUNKS = 5000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 60;

export function payloadDocument(doc: Document): Document | undefined {
  const chunks = new Map<string, Json>();
  const stream = flightStream(chunks);
  for (const block of doc.querySelectorAll('script, code')) {
    const text = block.textContent ?? '';
    // A block without the markers may still start a row, or carry the rest of one cut at the block before.
    if (!MARKERS.test(text) && !ROW_START.test(text) && !stream.midRow()) continue;
    stream.read(text);
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

/** The start of a row, or of its hex id cut short: "6a:[…", "6a:", "6". */
const ROW_OR_ID = new RegExp(`^(?:${ROW_HEAD}|[0-9a-f]+:?$)`, 'i');
/** Characters of one unfinished row kept while waiting for the rest: more is not a profile's row. */
const MAX_ROW = 2_000_000;

/**
 * Chunks from JSON string literals holding "id:json" rows (flight data), or plain JSON. The
 * literals are pieces of ONE stream, cut anywhere (a row may start in one string, or one
 * script, and end in the next), so they are joined in order and split at the newlines.
 */
function flightStream(chunks: Map<string, Json>) {
  let pending = '';
  const take = (line: string): boolean => {
    const chunk = ROW.exec(line);
    if (!chunk?.[1] || !chunk[2]) return false;
    try {
      chunks.set(chunk[1].toLowerCase(), JSON.parse(chunk[2]));
      return true;
    } catch {
      return false;
    }
  };
  return {
    midRow: () => pending !== '',
    read(text: string): void {
      for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
        if (!pending && !MARKERS.test(match[0]) && !LITERAL_ROW.test(match[0])) continue;
        let literal: unknown;
        try {
          literal = JSON.parse(match[0]);
        } catch {
          continue;
        }
        if (typeof literal !== 'string') continue;
        const lines = (pending + literal).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) take(line);
        // The last row may be whole already (a string per row, no newline); a row cut short
        // never parses, as no prefix of a JSON array or object is JSON, so it waits for the rest.
        // So may a row cut inside its id ("6" + "a:[…"): ids are hex. Anything else (a key named
        // "componentKey" in other JSON) is no row and waits for nothing.
        if (take(pending) || !ROW_OR_ID.test(pending) || pending.length > MAX_ROW) pending = '';
        if (chunks.size > MAX_CHUNKS) return;
      }
    },
  };
}
