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
}
