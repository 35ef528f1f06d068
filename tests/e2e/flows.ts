import type { BrowserContext, Worker } from '@playwright/test';
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
