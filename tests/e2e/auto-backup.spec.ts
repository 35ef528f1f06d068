import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { EXTENSION, launchExtension } from './fixtures';
import { seedGeneratedContacts } from './extension-db';
import { stopWorker } from './soak-core';

/**
 * The weekly automatic backup in real Chromium, with a file past the 2 MB a data: URL may carry
 * (what the service worker used to hand downloads.download): it must come through the
 * offscreen document as a blob: URL and land in Downloads/coffee-chat/.
 *
 * Headless Chromium cannot click "Allow" on permissions.request, so this runs a copy of the
 * build whose manifest grants `downloads` up front, as a user who said yes would have it.
 */
const COUNT = 700;
const NOTE = 3_000;


interface Setup {
  context: BrowserContext;
  extensionId: string;
  downloadsDir: string;
}

const test = base.extend<Setup>({
  context: async ({ downloadsDir }, use) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'coffee-chat-autobackup-'));
    const extension = path.join(root, 'extension');
    cpSync(EXTENSION, extension, { recursive: true });
    const manifestPath = path.join(extension, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
    manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => p !== 'downloads');
    manifest.permissions = [...manifest.permissions, 'downloads'];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    // The profile's Downloads folder: the browser's own setting, so it keeps the extension's file name.
    const profile = path.join(root, 'profile');
    mkdirSync(path.join(profile, 'Default'), { recursive: true });
    writeFileSync(
      path.join(profile, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
    );
    const context = await launchExtension(profile, extension);
    await use(context);
    await context.close();
    rmSync(root, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await use(new URL(worker.url()).host);
  },
  downloadsDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'coffee-chat-downloads-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

interface DownloadItem {
  filename: string;
  state: string;
  error?: string;
  url: string;
}

/** A workspace page whose downloads land in `downloadsDir`, with `count` contacts in the database. */
async function workspaceWith(context: BrowserContext, extensionId: string, count: number, noteLength: number): Promise<Page> {
  const page = await context.newPage();
  // Let the browser save to a folder of ours, as a user's Downloads would (Playwright's default intercepts them).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  // The list opens the database (Dexie creates it at its version) before it is written by hand.
  await page.goto(`chrome-extension://${extensionId}/workspace.html#/contacts`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seedGeneratedContacts(page, { count, seed: 7, noteLength })).toBe(count);
  return page;
}

/** The real settings path, as the backup panel's switch does: the worker watches the settings. */
async function turnOn(page: Page) {
  const saved = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'saveSettings', data: { settings: { autoBackup: true } }, requestId: crypto.randomUUID() }),
  );
  expect(saved).toMatchObject({ ok: true });
}

const downloadItems = (page: Page) => page.evaluate(() => chrome.downloads.search({})) as Promise<DownloadItem[]>;
/** What the backup panel shows as "last one": the worker's record. */
const lastAutoBackupAt = (page: Page) =>
  page.evaluate(async () => ((await chrome.storage.local.get('backupStatus')).backupStatus as { lastAutoBackupAt?: number } | undefined)?.lastAutoBackupAt);
const offscreenPages = (page: Page) =>
  page.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length);

test('turned on, the automatic backup saves a file past 2 MB with every contact into Downloads/coffee-chat/', async ({ context, extensionId, downloadsDir }) => {
  const page = await workspaceWith(context, extensionId, COUNT, NOTE);
  // Someone who never backed up is due at once.
  await turnOn(page);

  const finished = async () => {
    const items = await downloadItems(page);
    return items.find((i) => i.state !== 'in_progress');
  };
  await expect.poll(finished, { timeout: 40_000 }).toMatchObject({ state: 'complete' });
  const item = (await finished())!;

  expect(item.url).toMatch(new RegExp(`^blob:chrome-extension://${extensionId}/`));
  expect(item.filename).toMatch(/[\\/]coffee-chat[\\/]coffee-chat-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(item.filename.startsWith(downloadsDir)).toBe(true);
  expect(statSync(item.filename).size).toBeGreaterThan(2 * 1024 * 1024);
  const backup = JSON.parse(readFileSync(item.filename, 'utf8')) as { tables: { contacts: Array<{ id: string; notes: string }> } };
  expect(backup.tables.contacts).toHaveLength(COUNT);
  expect(backup.tables.contacts.every((c) => c.notes.length === NOTE)).toBe(true);

  // The panel's "last saved" comes from what the worker recorded; the offscreen page is gone again.
  await expect.poll(async () => typeof (await lastAutoBackupAt(page))).toBe('number');
  await expect.poll(() => offscreenPages(page)).toBe(0);
});

test('the worker stopped while it waits for the download: the next wake records the file the browser finished, closes the offscreen page, and saves no second one', async ({
  context,
  extensionId,
  downloadsDir,
}) => {
  const page = await workspaceWith(context, extensionId, 20, 200);
  // Chromium writes a small file in milliseconds, too fast to stop the worker inside that window
  // on cue. So this worker never hears the end, as one stopped a moment earlier would not: it
  // waits, the browser finishes the file, and then MV3 stops it.
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => {
    Object.assign(chrome.downloads.onChanged, { addListener: () => {} });
    Object.assign(chrome.downloads, { search: () => new Promise(() => {}) });
  });
  await turnOn(page);
  await expect.poll(async () => (await downloadItems(page)).map((i) => i.state), { timeout: 20_000 }).toEqual(['complete']);
  // Still waiting: nothing recorded, the page holding the file's blob still open.
  expect(await lastAutoBackupAt(page)).toBeUndefined();
  expect(await offscreenPages(page)).toBe(1);

  await stopWorker(page);
  // Any event wakes it (here a page's request); its start-up path settles the run it left.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'syncReminders', data: {} }));
  await expect.poll(async () => typeof (await lastAutoBackupAt(page)), { timeout: 20_000 }).toBe('number');
  await expect.poll(() => offscreenPages(page)).toBe(0);
  expect(await downloadItems(page)).toHaveLength(1);
  expect(readdirSync(path.join(downloadsDir, 'coffee-chat'))).toEqual([expect.stringMatching(/^coffee-chat-backup-\d{4}-\d{2}-\d{2}\.json$/)]);
});
