import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isHeading } from '@/lib/capture/headings';
import { OWN_FIXTURES, SHARED_FIXTURES } from '../fixtures';
import { closeAll, parseFile } from '../parse-html';
import { rngFrom } from '../../helpers/seeded-random';
import { applyTransform, HEADING_LANGUAGES, TRANSFORMS, type Layout } from './transforms';
import { planVariants } from './variants';
import { visibleTextRuns } from './visibility';

// One page per layout; the transformations must be meaningful on each page they apply to.
const PAGES: Record<Layout, string> = {
  'sdui-2026': path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html'),
  'ember-2024': path.join(SHARED_FIXTURES, 'ember-2024-logged-in/profile-3.html'),
  'public-2024': path.join(SHARED_FIXTURES, 'public-2024-logged-out/profile-2.html'),
};
const docs = new Map<Layout, Document>();
const pageFor = (layout: Layout) => {
  let doc = docs.get(layout);
  if (!doc) docs.set(layout, (doc = parseFile(PAGES[layout])));
  return doc;
};
/** The whole tree as a string (tags, attributes, text), to tell whether anything changed. */
function html(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(JSON.stringify(child.nodeValue));
      else if (child.nodeType === 1) {
        const el = child as Element;
        parts.push(`<${el.tagName}${[...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}>`);
        walk(el);
        parts.push(`</${el.tagName}>`);
      }
    }
  };
  walk(doc);
  return parts.join('');
}
// Serialising a 500 KB page takes a while in happy-dom: once per page.
const original = new Map<Layout, { html: string; seen: string[] }>();
const originalOf = (layout: Layout) => {
  let value = original.get(layout);
  if (!value) original.set(layout, (value = { html: html(pageFor(layout)), seen: visibleTextRuns(pageFor(layout)) }));
  return value;
};

// Transformations that move text around or rename headings; the others keep the visible text
// in the same order.
const REORDERS = new Set(['reorder-cards', 'move-top-card']);

afterAll(closeAll);

describe('the heading table', () => {
  it.each(Object.entries(HEADING_LANGUAGES))('%s words are section headings the readers know', (_, words) => {
    expect(isHeading(words.about, 'about')).toBe(true);
    expect(isHeading(words.experience, 'experience')).toBe(true);
    expect(isHeading(words.education, 'education')).toBe(true);
  });
});

describe('robustness transformations', () => {
  const cases = TRANSFORMS.flatMap((t) => t.layouts.map((layout) => ({ name: t.name, layout, transform: t })));

  it.each(cases)('$name on $layout changes the markup, not what a person sees, and is pure', ({ transform, layout }) => {
    const doc = pageFor(layout);
    const { html: before, seen } = originalOf(layout);
    const out = applyTransform(transform, doc, rngFrom(7));
    expect(html(doc), 'the input is left alone').toBe(before);
    expect(html(out), 'a transformation that changes nothing tests nothing').not.toBe(before);
    expect(html(applyTransform(transform, doc, rngFrom(7))), 'same seed, same variant').toBe(html(out));
    const after = visibleTextRuns(out);
    if (transform.name === 'swap-heading-language') {
      expect(after).toHaveLength(seen.length);
      expect(after).not.toEqual(seen);
    } else if (REORDERS.has(transform.name)) {
      expect([...after].sort()).toEqual([...seen].sort());
    } else {
      expect(after).toEqual(seen);
    }
  });

  it('hidden copies carry other text than the line they sit beside', () => {
    const doc = parseFile(path.join(OWN_FIXTURES, 'sdui-grouped-tomas-ferreira.html'));
    const hidden = TRANSFORMS.find((t) => t.name === 'hidden-duplicates');
    if (!hidden) throw new Error('no hidden-duplicates');
    const out = applyTransform(hidden, doc, rngFrom(3));
    expect(out.body.textContent).not.toBe(doc.body.textContent);
    expect(visibleTextRuns(out)).toEqual(visibleTextRuns(doc));
    expect(out.querySelectorAll('[hidden], [style*="display:none"], .visually-hidden, [aria-hidden="true"]').length).toBeGreaterThan(
      doc.querySelectorAll('[hidden], [style*="display:none"], .visually-hidden, [aria-hidden="true"]').length + 20,
    );
  });

  it('plans every transformation alone first, then combinations, the same for the same seed', () => {
    const plan = planVariants('sdui-2026', 200, 1);
    expect(plan).toHaveLength(200);
    expect(new Set(plan.slice(0, 9).map((v) => v.names[0]))).toHaveProperty('size', 9);
    expect(plan.slice(45).every((v) => v.names.length >= 2 && v.names.length <= 4)).toBe(true);
    expect(planVariants('sdui-2026', 200, 1)).toEqual(plan);
    expect(planVariants('sdui-2026', 200, 2)).not.toEqual(plan);
  });
});
