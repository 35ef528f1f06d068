import type { CaptureOutcome, ContactReview } from '@/lib/messaging/protocol';

export type EditField = 'fullName' | 'headline' | 'currentTitle' | 'currentCompany' | 'location';
export type EditPatch = Partial<Record<EditField, string>>;

export type CardState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; outcome: CaptureOutcome };

export interface CardActions {
  save(): void;
  /** Sends a correction to the background: the stored contact as it now is, or why not. */
  edit(contactId: string, patch: EditPatch): Promise<ContactReview | string>;
}

const FIELDS: ReadonlyArray<[EditField, string]> = [
  ['fullName', 'Name'],
  ['headline', 'Headline'],
  ['currentTitle', 'Current title'],
  ['currentCompany', 'Current company'],
  ['location', 'Location'],
];

// LinkedIn's page sees the host element and nothing else, so nothing it can measure may depend
// on what was stored: the pill and the card each have one fixed size (the card opens at the
// click, before anything is known), and the content scrolls inside the card. Text is CSS
// generated content from data-t: window.find() searches text nodes even in a closed shadow
// root ("Updated ✓" would tell the page this person was saved before), not generated content.
// px only: LinkedIn's root font size would leak into rem.
const CSS = `
:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483000;display:block;
font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2226}
[data-t]::before{content:attr(data-t)}
[hidden]{display:none!important}
button{all:unset;box-sizing:border-box;cursor:pointer;padding:6px 12px;border-radius:16px;background:#6b3e26;color:#fff;font-weight:600;text-align:center}
button:hover{background:#4f2c1a}
button:focus-visible,input:focus-visible{outline:3px solid #0a66c2;outline-offset:2px}
button:disabled{opacity:.6;cursor:progress}
.pill{width:200px;height:36px}
.card{box-sizing:border-box;width:300px;height:340px;overflow:auto;padding:10px;background:#fff;border:1px solid #d0d5da;
border-radius:10px;box-shadow:0 4px 14px rgba(0,0,0,.15);user-select:none;display:flex;flex-direction:column;gap:6px}
.head{display:flex;justify-content:space-between;align-items:center;font-weight:600}
.x{background:none;color:#56687a;padding:0 6px}
.x:hover{background:#eef1f3}
.status{font-weight:600}.error{color:#b3261e}
p{margin:0}.k{color:#56687a;font-size:12px;margin-right:6px}
ul{margin:0;padding-left:18px;font-size:12px;color:#56687a}
.row{display:flex;gap:8px;flex-wrap:wrap}.alt{background:#eef1f3;color:#1d2226}.alt:hover{background:#dde3e8}
label{display:block;font-size:12px;color:#56687a}
input{box-sizing:border-box;width:100%;font:inherit;color:#1d2226;padding:4px 6px;border:1px solid #b0b8bf;border-radius:6px;user-select:text}
`;

/**
 * Puts a card's host into the page: a child of <html>, outside LinkedIn's app (which re-renders
 * what is in <body>), and BEFORE <body>, because tab order is document order. Appended after
 * <body>, Save was the 171st tab stop on a profile; here it is the first, ahead of LinkedIn's
 * skip link. The host is the same bare <div> on every page, so its place tells the page nothing.
 */
export function attachHost(host: HTMLElement) {
  const root = document.documentElement;
  const body = document.body;
  root.insertBefore(host, body?.parentNode === root ? body : null);
}

// Typing in the card is not LinkedIn's business, nor its shortcuts'.
const CONTAINED = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'];

/** The in-page Save control and review card, in a closed shadow root under a bare <div>. */
export class PageCard {
  readonly host = document.createElement('div');
  private readonly pill = node('button', 'pill', 'Save to Coffee Chat');
  private readonly card = node('div', 'card');
  private readonly status = node('p', 'status');
  private readonly review = node('div');
  private readonly notes = node('ul');
  private readonly actions = node('div', 'row');
  private readonly again = node('button', '', 'Save again');
  private readonly editButton = node('button', 'alt', 'Edit');
  private readonly form = node('div');
  private readonly formError = node('p', 'error');
  private readonly inputs = new Map<EditField, HTMLInputElement>();
  private saved: { contactId: string; review: ContactReview } | undefined;

  constructor(
    private readonly handlers: CardActions,
    /** Shown by the shortcut or the menu while the button is switched off: no pill, no Save. */
    private readonly asToast = false,
  ) {
    // A plain <div>, not a custom element: the page could define that tag name and get a hold
    // of the element before we attach the closed root.
    const root = this.host.attachShadow({ mode: 'closed' });
    for (const type of CONTAINED) root.addEventListener(type, (event) => event.stopPropagation());
    const style = document.createElement('style');
    style.textContent = CSS;

    const close = node('button', 'x', '×');
    close.setAttribute('aria-label', 'Close');
    const head = node('div', 'head');
    head.append(node('span', '', 'Coffee Chat'), close);
    this.status.setAttribute('role', 'status');
    const edit = this.editButton;
    this.actions.append(edit, this.again);

    for (const [field, label] of FIELDS) {
      const input = document.createElement('input');
      input.dataset.field = field;
      const wrap = node('label', '', label);
      wrap.append(input);
      this.form.append(wrap);
      this.inputs.set(field, input);
      trusted(input, 'keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') void this.apply();
        if ((event as KeyboardEvent).key === 'Escape') this.showForm(false);
      });
    }
    const apply = node('button', '', 'Save changes');
    const cancel = node('button', 'alt', 'Cancel');
    const formActions = node('div', 'row');
    formActions.append(apply, cancel);
    this.form.append(formActions, this.formError);

    this.card.tabIndex = -1;
    // Edit and Save again stay in view above the rows; the form takes the rows' place.
    this.card.append(head, this.status, this.actions, this.review, this.notes, this.form);
    root.append(style, this.pill, this.card);
    roles({ save: this.pill, again: this.again, edit, close, apply, cancel, status: this.status, review: this.review, warnings: this.notes, form: this.form, 'form-error': this.formError });

    trusted(this.pill, 'click', () => handlers.save());
    trusted(this.again, 'click', () => handlers.save());
    trusted(edit, 'click', () => this.showForm(true));
    trusted(cancel, 'click', () => this.showForm(false));
    trusted(apply, 'click', () => void this.apply());
    trusted(close, 'click', () => (asToast ? this.remove() : this.render({ kind: 'idle' })));
    this.render({ kind: 'idle' });
  }

  render(state: CardState) {
    const open = state.kind !== 'idle' || this.asToast;
    const wasOpen = !this.card.hidden;
    this.pill.hidden = open;
    this.card.hidden = !open;
    this.showForm(false);
    this.notes.replaceChildren();
    this.review.replaceChildren();
    this.status.classList.remove('error');
    this.again.disabled = state.kind === 'saving';
    this.again.hidden = this.asToast;
    this.editButton.hidden = true;
    this.actions.hidden = true;
    // Opened by a click: keep the keyboard user's place (the pill just went away).
    if (open && !wasOpen && !this.asToast && this.host.isConnected) this.card.focus();
    if (state.kind !== 'done') {
      say(this.status, state.kind === 'saving' ? 'Saving…' : '');
      return;
    }
    const { outcome } = state;
    if (!outcome.ok) {
      this.saved = undefined;
      this.status.classList.add('error');
      say(this.status, outcome.error);
      this.actions.hidden = this.asToast;
      return;
    }
    this.saved = { contactId: outcome.contactId, review: outcome.review };
    say(this.status, outcome.status === 'created' ? 'Saved ✓' : 'Updated ✓');
    const lines = outcome.warnings.map((w) => w.message);
    if (outcome.jobChanged) lines.unshift(`${outcome.fullName} changed jobs since you saved them.`);
    for (const line of lines) this.notes.append(node('li', '', line));
    this.showReview(outcome.review);
  }

  remove() {
    this.host.remove();
  }

  private showReview(review: ContactReview) {
    const edited = new Set(review.editedFields);
    const mark = (field: string, value: string) => (edited.has(field) ? `${value} (your edit)` : value);
    const role = [review.currentTitle, review.currentCompany].filter(Boolean).join(' at ');
    const rows: Array<[string, string]> = [
      ['Name', mark('fullName', review.fullName)],
      ['Headline', mark('headline', review.headline ?? '—')],
      ['Current role', edited.has('currentTitle') || edited.has('currentCompany') ? `${role || '—'} (your edit)` : role || '—'],
      ['Location', mark('location', review.location ?? '—')],
      ['Experience', count(review.experienceCount, 'role')],
      ['Education', count(review.educationCount, 'school')],
    ];
    this.review.replaceChildren(
      ...rows.map(([label, value]) => {
        const line = node('p', '', '');
        line.append(node('span', 'k', label), node('span', '', value));
        return line;
      }),
    );
    this.editButton.hidden = false;
    this.actions.hidden = false;
  }

  private showForm(editing: boolean) {
    const review = this.saved?.review;
    const editable = editing && review !== undefined;
    this.form.hidden = !editable;
    this.review.hidden = editable;
    this.actions.hidden = editable;
    say(this.formError, '');
    // Values live in the inputs only while editing: window.find() can search input values.
    for (const [field, input] of this.inputs) input.value = editable ? (review[field] ?? '') : '';
    if (editable) this.inputs.get('headline')?.focus();
  }

  private async apply() {
    const saved = this.saved;
    if (!saved || this.form.hidden) return;
    const patch: EditPatch = {};
    for (const [field, input] of this.inputs) {
      const value = input.value.trim();
      if (value !== (saved.review[field] ?? '')) patch[field] = value;
    }
    if (patch.fullName === '') return say(this.formError, 'A contact needs a name.');
    if (Object.keys(patch).length === 0) return this.showForm(false);
    const result = await this.handlers.edit(saved.contactId, patch);
    if (typeof result === 'string') return say(this.formError, result);
    this.saved = { ...saved, review: result };
    this.showForm(false);
    say(this.status, 'Correction saved ✓');
    this.showReview(result);
  }
}

/** Acts only on events the browser made from real input: the page can dispatch the rest. */
function trusted(target: HTMLElement, type: string, handler: (event: Event) => void) {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) handler(event);
  });
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (tag === 'button') (element as HTMLButtonElement).type = 'button';
  if (className) element.className = className;
  if (text !== undefined) say(element, text);
  return element;
}

/** Page-derived text too: an attribute value shown by CSS is text, never markup. */
function say(element: HTMLElement, text: string) {
  element.dataset.t = text;
}

/** Hooks for the tests, which read the closed root from the extension's side only. */
function roles(elements: Record<string, HTMLElement>) {
  for (const [role, element] of Object.entries(elements)) element.dataset.role = role;
}

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
