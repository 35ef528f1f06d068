import type { Page } from '@playwright/test';

/** The in-page Save control, inside its open shadow root (Playwright's CSS pierces it). */
export class ProfilePage {
  constructor(readonly page: Page) {}

  get host() {
    return this.page.locator('coffee-chat-save');
  }
  get saveButton() {
    return this.page.locator('coffee-chat-save [data-role="save"]');
  }
  get status() {
    return this.page.locator('coffee-chat-save [data-role="status"]');
  }
  get warnings() {
    return this.page.locator('coffee-chat-save [data-role="warnings"] li');
  }

  async open(url: string) {
    await this.page.goto(url);
    return this;
  }

  async save() {
    await this.saveButton.click();
  }
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
