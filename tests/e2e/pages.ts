import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

interface CardElement {
  backendNodeId: number;
  role?: string;
  field?: string;
  /** What a sighted user reads: the card's words are CSS generated content from data-t. */
  text: string;
  visible: boolean;
  disabled: boolean;
}

/**
 * The in-page Save control, inside its CLOSED shadow root. Playwright's locators pierce open
 * roots only, and LinkedIn's page must not be given a way in, so the tests read the card
 * through the DevTools protocol (DOM.getDocument with pierce: true sees closed roots) and act
 * on it with real mouse and keyboard input, which is what the card trusts.
 */
export class ProfilePage {
  private cdp?: CDPSession;

  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    return this;
  }

  /** How many Coffee Chat hosts (a <div> child of <html> with a closed shadow root) the page has. */
  async hostCount(): Promise<number> {
    return (await this.hosts()).length;
  }

  async status(): Promise<string | null> {
    return (await this.find('status'))?.text ?? null;
  }

  /** The label of the visible save control (the pill, or "Save again" in the card). */
  async saveLabel(): Promise<string | null> {
    return (await this.saveControl())?.text ?? null;
  }

  async warnings(): Promise<string[]> {
    return (await this.elements()).filter((e) => e.role === 'warning-line').map((e) => e.text);
  }

  /** The review card's rows, as one string ("Name Priya Raman Headline …"). */
  async review(): Promise<string | null> {
    const review = await this.find('review');
    return review?.visible ? review.text : null;
  }

  async save() {
    await this.until(async () => {
      const control = await this.saveControl();
      return control && !control.disabled ? control : undefined;
    }, 'a Save control').then((control) => this.clickNode(control.backendNodeId));
  }

  async click(role: string) {
    const target = await this.until(async () => {
      const found = await this.find(role);
      return found?.visible && !found.disabled ? found : undefined;
    }, `the card's ${role} control`);
    await this.clickNode(target.backendNodeId);
  }

  /** Types into one of the review card's edit fields, as the user would. */
  async fill(field: string, value: string) {
    const input = await this.until(async () => {
      const found = (await this.elements()).find((e) => e.field === field);
      return found?.visible ? found : undefined;
    }, `the ${field} field`);
    await this.clickNode(input.backendNodeId);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(value);
  }

  /** Where the visible save control is on screen (for a page script to aim at). */
  async saveControlCenter(): Promise<{ x: number; y: number }> {
    const control = await this.until(() => this.saveControl(), 'a Save control');
    return this.center(control.backendNodeId);
  }

  private async saveControl(): Promise<CardElement | undefined> {
    const elements = await this.elements();
    return elements.find((e) => (e.role === 'save' || e.role === 'again') && e.visible);
  }

  private async find(role: string): Promise<CardElement | undefined> {
    return (await this.elements()).find((e) => e.role === role);
  }

  private async session() {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  private async hosts(): Promise<DomNode[]> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    return (html?.children ?? []).filter(
      (n) => n.nodeName === 'DIV' && n.shadowRoots?.some((r) => r.shadowRootType === 'closed'),
    );
  }

  private async elements(): Promise<CardElement[]> {
    const [host] = await this.hosts();
    const root = host?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (!root) return [];
    const out: CardElement[] = [];
    const walk = (node: DomNode, hidden: boolean, inList: boolean) => {
      const attrs = attributesOf(node);
      const isHidden = hidden || 'hidden' in attrs;
      if (node.nodeType === 1) {
        const role = attrs['data-role'] ?? (inList && node.nodeName === 'LI' ? 'warning-line' : undefined);
        out.push({
          backendNodeId: node.backendNodeId,
          role,
          field: attrs['data-field'],
          text: textOf(node),
          visible: !isHidden,
          disabled: 'disabled' in attrs,
        });
      }
      for (const child of node.children ?? []) walk(child, isHidden, attrs['data-role'] === 'warnings');
    };
    walk(root, false, false);
    return out;
  }

  private async center(backendNodeId: number) {
    const cdp = await this.session();
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border;
    return { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  }

  private async clickNode(backendNodeId: number) {
    const { x, y } = await this.center(backendNodeId);
    await this.page.mouse.click(x, y);
  }

  private async until<T>(probe: () => Promise<T | undefined>, what: string, timeout = 10_000): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
      await this.page.waitForTimeout(100);
    }
  }
}

function attributesOf(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
}

function textOf(node: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    const t = attributesOf(n)['data-t'];
    if (t) parts.push(t);
    if (n.nodeName !== 'STYLE') for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return parts.join(' ');
}

export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open() {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    return this;
  }

  get rows() {
    return this.page.getByTestId('contact-row');
  }

  async draftFor(name: string) {
    await this.page.getByRole('button', { name: `Draft a message to ${name}` }).click();
  }
  get draft() {
    return this.page.getByLabel('Draft', { exact: true });
  }
}

export class WorkspacePage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open(hash = '#/contacts') {
    await this.page.goto(`chrome-extension://${this.extensionId}/workspace.html${hash}`);
    return this;
  }

  async openContact(id: string) {
    return this.open(`#/contacts/${encodeURIComponent(id)}`);
  }
  /** The folded cards (Interview prep, Interview log) open on a click on their title. */
  async unfold(title: 'Interview prep' | 'Interview log') {
    const section = this.page.locator('details', { has: this.page.getByRole('heading', { name: title }) });
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
  }
  get researchNotes() {
    return this.page.getByLabel('Notes and research findings', { exact: true });
  }
  get prepGoals() {
    return this.page.getByLabel('What I hope to learn', { exact: true });
  }
  get logNotes() {
    return this.page.locator('.interview-log').getByLabel('Notes', { exact: true });
  }
  async goTo(navLabel: string) {
    await this.page.getByRole('link', { name: navLabel, exact: true }).click();
  }
}
