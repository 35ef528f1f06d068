// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachHost, PageCard, type CardActions } from '@/entrypoints/page-button/page-card';
import type { CaptureOutcome, ContactReview } from '@/lib/messaging/protocol';

const review: ContactReview = {
  fullName: 'Priya Raman',
  headline: 'Northwind Health',
  currentTitle: 'Senior UX Researcher',
  currentCompany: 'Northwind Health',
  location: 'Toronto, Ontario, Canada',
  experienceCount: 3,
  educationCount: 1,
  editedFields: [],
};
const done = (status: 'created' | 'updated', extra: Partial<CaptureOutcome & { ok: true }> = {}): CaptureOutcome => ({
  ok: true,
  status,
  contactId: 'c-1',
  fullName: 'Priya Raman',
  warnings: [{ code: 'education-not-loaded', message: 'Education not loaded yet — scroll down and save again to add it' }],
  jobChanged: status === 'updated',
  review,
  ...extra,
});

/** The closed root, as only the extension's own code holds it: caught where it is made. */
function mount(actions: Partial<CardActions> = {}) {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const handlers: CardActions = { save: vi.fn(), edit: vi.fn(async () => review), ...actions };
  const card = new PageCard(handlers);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  const init = attach.mock.calls[0]![0];
  attach.mockRestore();
  document.documentElement.append(card.host);
  const get = (role: string) => root.querySelector<HTMLElement>(`[data-role="${role}"]`)!;
  /** What a sighted user reads: text is CSS generated content from data-t. */
  const shown = (role: string) =>
    [get(role), ...get(role).querySelectorAll<HTMLElement>('[data-t]')].map((el) => el.dataset.t ?? '').join(' ').trim();
  return { card, root, init, handlers, get, shown };
}

/** A click the browser made from real input; happy-dom, like a page script, only makes untrusted ones. */
function trustedClick(target: HTMLElement) {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** Everything LinkedIn's page can read about the host: its markup, its text, its shadowRoot. */
function visibleToPage(host: HTMLElement) {
  return {
    tag: host.tagName,
    children: host.childNodes.length,
    text: host.textContent,
    attributes: host.getAttributeNames(),
    shadowRoot: host.shadowRoot,
  };
}

afterEach(() => document.documentElement.querySelectorAll(':scope > div').forEach((el) => el.remove()));

describe('the in-page button lives where the page cannot reach', () => {
  it('is a closed shadow root under a bare <div>: host.shadowRoot is null', () => {
    const { card, init, root } = mount();
    expect(init).toMatchObject({ mode: 'closed' });
    expect(card.host.tagName).toBe('DIV');
    expect(card.host.shadowRoot).toBeNull();
    expect(root.querySelector('[data-role="save"]')).not.toBeNull();
    expect(document.querySelector('[data-role="save"]')).toBeNull();
  });

  it('shows nothing the page can read change between Save, Saved and Updated', () => {
    const { card, shown } = mount();
    const idle = visibleToPage(card.host);
    expect(idle).toEqual({ tag: 'DIV', children: 0, text: '', attributes: [], shadowRoot: null });

    card.render({ kind: 'saving' });
    card.render({ kind: 'done', outcome: done('created') });
    expect(shown('status')).toBe('Saved ✓');
    const created = visibleToPage(card.host);

    card.render({ kind: 'done', outcome: done('updated') });
    expect(shown('status')).toBe('Updated ✓');
    expect(shown('warnings')).toContain('Priya Raman changed jobs since you saved them.');
    expect(visibleToPage(card.host)).toEqual(created);
    expect(created).toEqual(idle);
  });

  it('keeps every word out of text nodes, where window.find() could search for "Updated"', () => {
    const { card, root } = mount();
    card.render({ kind: 'done', outcome: done('updated') });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.tagName !== 'STYLE') texts.push(node.textContent ?? '');
    }
    expect(texts.join('')).toBe('');
  });

  it('gives the pill and the card one fixed size each, whatever was stored', () => {
    const { root } = mount();
    const css = root.querySelector('style')!.textContent!;
    expect(css).toMatch(/\.pill\{width:200px;height:36px\}/);
    expect(css).toMatch(/\.card\{[^}]*width:300px;height:340px;overflow:auto/);
  });
});

describe('the in-page button acts only on trusted input', () => {
  it('ignores clicks a page script makes, and saves on a real one', () => {
    const { get, handlers, card } = mount();
    get('save').click();
    get('save').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    card.host.click();
    expect(handlers.save).not.toHaveBeenCalled();

    trustedClick(get('save'));
    expect(handlers.save).toHaveBeenCalledTimes(1);
  });

  it('ignores synthetic Enter in an edit field and synthetic clicks on Edit and Save changes', async () => {
    const { get, card, handlers, root } = mount();
    card.render({ kind: 'done', outcome: done('created') });
    get('edit').click();
    expect(get('form').hidden).toBe(true);

    trustedClick(get('edit'));
    const headline = root.querySelector<HTMLInputElement>('input[data-field="headline"]')!;
    headline.value = 'Injected by the page';
    headline.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    get('apply').click();
    await Promise.resolve();
    expect(handlers.edit).not.toHaveBeenCalled();
  });

  it('keeps keystrokes in the card from bubbling out to LinkedIn', () => {
    const { card, get, root } = mount();
    card.render({ kind: 'done', outcome: done('created') });
    trustedClick(get('edit'));
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.removeEventListener('keydown', seen);
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('the review card', () => {
  it('shows what was stored: name, headline, current role, counts and warnings', () => {
    const { card, shown, get } = mount();
    card.render({ kind: 'saving' });
    expect(shown('status')).toBe('Saving…');
    expect(get('save').hidden).toBe(true);
    card.render({ kind: 'done', outcome: done('created') });
    const text = shown('review');
    expect(text).toContain('Priya Raman');
    expect(text).toContain('Headline Northwind Health');
    expect(text).toContain('Current role Senior UX Researcher at Northwind Health');
    expect(text).toContain('Experience 3 roles');
    expect(text).toContain('Education 1 school');
    expect(shown('warnings')).toBe('Education not loaded yet — scroll down and save again to add it');
  });

  it('shows page text as text, never as markup', () => {
    const { card, root } = mount();
    card.render({ kind: 'done', outcome: done('created', { review: { ...review, headline: '<img src=x onerror=alert(1)>' } }) });
    expect(root.querySelector('img')).toBeNull();
  });

  it('Edit sends only the fields the user changed, then shows the corrected record', async () => {
    const corrected: ContactReview = { ...review, headline: 'Senior UX Researcher | Mixed methods', editedFields: ['headline'] };
    const edit = vi.fn(async () => corrected);
    const { card, get, shown, root } = mount({ edit });
    card.render({ kind: 'done', outcome: done('created') });
    trustedClick(get('edit'));
    const headline = root.querySelector<HTMLInputElement>('input[data-field="headline"]')!;
    expect(headline.value).toBe('Northwind Health');
    headline.value = '  Senior UX Researcher | Mixed methods ';
    trustedClick(get('apply'));
    await vi.waitFor(() => expect(get('form').hidden).toBe(true));
    expect(edit).toHaveBeenCalledWith('c-1', { headline: 'Senior UX Researcher | Mixed methods' });
    expect(shown('review')).toContain('Senior UX Researcher | Mixed methods (your edit)');
    expect(shown('status')).toBe('Correction saved ✓');
    // Values stay in the inputs only while editing.
    expect(headline.value).toBe('');
  });

  it('refuses an empty name, and shows the background’s refusal without closing the form', async () => {
    const edit = vi.fn(async () => 'Save this profile again, then make your correction.');
    const { card, get, shown, root } = mount({ edit });
    card.render({ kind: 'done', outcome: done('created') });
    trustedClick(get('edit'));
    root.querySelector<HTMLInputElement>('input[data-field="fullName"]')!.value = ' ';
    trustedClick(get('apply'));
    expect(shown('form-error')).toBe('A contact needs a name.');
    expect(edit).not.toHaveBeenCalled();

    root.querySelector<HTMLInputElement>('input[data-field="fullName"]')!.value = 'Priya R.';
    trustedClick(get('apply'));
    await vi.waitFor(() => expect(shown('form-error')).toBe('Save this profile again, then make your correction.'));
    expect(get('form').hidden).toBe(false);
  });

  it('an error offers Save again but no Edit', () => {
    const { card, get, shown } = mount();
    card.render({ kind: 'done', outcome: { ok: false, error: 'Reload the page and save again.' } });
    expect(shown('status')).toBe('Reload the page and save again.');
    expect(get('edit').hidden).toBe(true);
    expect(get('again').hidden).toBe(false);
  });
});

describe('where the card sits in the page', () => {
  it('goes before <body>, so Save comes first in tab order, not after all of LinkedIn', () => {
    const card = new PageCard({ save: vi.fn(), edit: vi.fn(async () => review) });
    attachHost(card.host);
    expect(card.host.parentElement).toBe(document.documentElement);
    expect(card.host.nextElementSibling).toBe(document.body);
  });
});
