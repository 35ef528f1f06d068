import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { readTable } from './extension-db';
import { fixturePath, type FixtureEntry, type LinkedInServer } from './linkedin-routes';
import { ProfilePage } from './pages';

/** Save a fixture profile with the in-page button; returns the stored contact's id. */
export async function saveFixture(
  context: BrowserContext,
  linkedin: LinkedInServer,
  worker: Worker,
  entry: FixtureEntry,
  root?: string,
): Promise<string> {
  linkedin.serve(entry.url, fixturePath(entry, root));
  const page = await context.newPage();
  const profile = await new ProfilePage(page).open(entry.url);
  await profile.save();
  await expect.poll(() => profile.status()).toMatch(/Saved ✓|Updated ✓/);
  await page.close();
  const contacts = await readTable<{ id: string; fullName: string }>(worker, 'contacts');
  const saved = contacts.find((c) => c.fullName === entry.expect.fullName);
  if (!saved) throw new Error(`${String(entry.expect.fullName)} was not stored`);
  return saved.id;
}

/**
 * A saved fixture profile open in a tab, and the side panel beside it. Headless Chromium has no
 * side panel UI: the panel's own page opens in a tab of its own. The clipboard is readable on
 * LinkedIn, where the user pastes (Chromium grants no permission to an extension's origin).
 */
export async function panelBesideSavedProfile(
  context: BrowserContext,
  linkedin: LinkedInServer,
  worker: Worker,
  extensionId: string,
  entry: FixtureEntry,
): Promise<{ contactId: string; profile: Page; panel: Page }> {
  const contactId = await saveFixture(context, linkedin, worker, entry);
  const profile = await context.newPage();
  await profile.goto(entry.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return { contactId, profile, panel };
}
