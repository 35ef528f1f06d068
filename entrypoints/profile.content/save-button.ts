import type { CaptureOutcome } from '@/lib/messaging/protocol';

export const HOST_TAG = 'coffee-chat-save';

// px only: LinkedIn's root font size would leak into rem. `all: initial` on the host keeps
// LinkedIn's inherited styles (font, colour, line-height) out of the open shadow root.
const CSS = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2226; }
.card { display: flex; flex-direction: column; gap: 6px; max-width: 280px; padding: 8px;
  background: #fff; border: 1px solid #d0d5da; border-radius: 10px; box-shadow: 0 4px 14px rgba(0,0,0,.15); }
button { all: unset; box-sizing: border-box; cursor: pointer; padding: 8px 14px; border-radius: 18px;
  background: #6b3e26; color: #fff; font-weight: 600; text-align: center; }
button:hover { background: #4f2c1a; }
button:focus-visible { outline: 3px solid #0a66c2; outline-offset: 2px; }
button[aria-busy="true"] { opacity: .7; cursor: progress; }
.status:empty, .notes:empty { display: none; }
.status { font-weight: 600; }
.status.error { color: #b3261e; }
.notes { margin: 0; padding-left: 18px; font-size: 12px; color: #56687a; }
.toast button { display: none; }
`;

export type ButtonState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; outcome: CaptureOutcome };

/** The in-page control, in an open shadow root so LinkedIn's CSS cannot reach it. */
export class SaveButton {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly notes: HTMLUListElement;
  private readonly card: HTMLElement;

  constructor(onSave: () => void, asToast = false) {
    this.host = document.createElement(HOST_TAG);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.card = document.createElement('div');
    this.card.className = asToast ? 'card toast' : 'card';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.dataset.role = 'save';
    this.button.addEventListener('click', onSave);
    this.status = document.createElement('div');
    this.status.className = 'status';
    this.status.dataset.role = 'status';
    this.status.setAttribute('role', 'status');
    this.notes = document.createElement('ul');
    this.notes.className = 'notes';
    this.notes.dataset.role = 'warnings';
    this.card.append(this.button, this.status, this.notes);
    root.append(style, this.card);
    this.render({ kind: 'idle' });
  }

  render(state: ButtonState) {
    const busy = state.kind === 'saving';
    this.button.setAttribute('aria-busy', String(busy));
    this.button.disabled = busy;
    this.button.textContent = busy ? 'Saving…' : 'Save to Coffee Chat';
    this.status.classList.remove('error');
    this.notes.replaceChildren();
    if (state.kind !== 'done') {
      this.status.textContent = '';
      return;
    }
    const { outcome } = state;
    if (!outcome.ok) {
      this.status.classList.add('error');
      this.status.textContent = outcome.error;
      return;
    }
    this.status.textContent = outcome.status === 'created' ? 'Saved ✓' : 'Updated ✓';
    this.button.textContent = 'Save again';
    const lines = outcome.warnings.map((w) => w.message);
    if (outcome.jobChanged) lines.unshift(`${outcome.fullName} changed jobs since you saved them.`);
    for (const line of lines) {
      const li = document.createElement('li');
      li.textContent = line; // page-derived text: always text, never markup
      this.notes.append(li);
    }
  }

  remove() {
    this.host.remove();
  }
}
