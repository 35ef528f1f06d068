import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { createAutoBackupService } from '@/entrypoints/background/auto-backup';
import { AUTO_BACKUP_ALARM } from '@/lib/backup/auto-backup';
import { downloadAndWait, interruptedText } from '@/lib/backup/backup-download';
import { createOffscreenRoute } from '@/lib/backup/offscreen-backup';
import { backupReminder, loadBackupStatus, recordAutoBackup } from '@/lib/backup/backup-reminder';
import { backupProblems } from '@/lib/backup/check-backup';
import { parseBackup } from '@/lib/backup/format';
import { settingsTable } from '@/lib/backup/settings-row';
import { BACKUP_TABLES } from '@/lib/backup/tables';
import type { CoffeeChatDB } from '@/lib/db/database';
import { loadSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../helpers/db';
import { exportText } from '../helpers/backup-text';

/**
 * The worker's weekly backup, end to end with the real database: the file handed to
 * browser.downloads is the workspace's own export, and backupStatus says so afterwards.
 * (Mutation tried: `last + AUTO_BACKUP_EVERY_MS` → `last - AUTO_BACKUP_EVERY_MS` in
 * nextAutoBackupAt — "a backup made 2 days ago waits a week" goes red here and in tests/backup.)
 */
const PAGE = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/workspace.html` };
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 20, 9);

let db: CoffeeChatDB;
let downloads: Array<{ url: string; filename?: string; conflictAction?: string; saveAs?: boolean; text: string }>;
/** What the fake browser does when a download is started: it finishes, or is interrupted for a reason. */
let outcome: { state: 'complete' } | { state: 'interrupted'; error: string } | { state: 'in_progress' };
/** What happened, in order: the file must be read before its blob URL is freed. */
let log: string[];
let route: ReturnType<typeof setUpMessages>;

async function send(type: string, data: unknown): Promise<void> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data, requestId: crypto.randomUUID() }, PAGE);
  const reply = replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(reply.error);
}

async function fileAt(url: string): Promise<string> {
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`nothing at ${url}`);
  return blob.text();
}

/** The fake browser has no downloads events: a small stand-in that reads the file and reports its end (`outcome`). */
function stubDownloads() {
  const listeners = new Set<(delta: Browser.downloads.DownloadDelta) => void>();
  vi.spyOn(fakeBrowser.downloads.onChanged, 'addListener').mockImplementation((l) => void listeners.add(l));
  vi.spyOn(fakeBrowser.downloads.onChanged, 'removeListener').mockImplementation((l) => void listeners.delete(l));
  vi.spyOn(fakeBrowser.downloads, 'search').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(async (options) => {
    // The file is read now, as the browser does while writing it: its URL must still work.
    const text = await fileAt(options.url);
    downloads.push({ ...options, text });
    const id = downloads.length;
    log.push('download started');
    if (outcome.state !== 'in_progress') {
      const delta = { id, state: { current: outcome.state }, ...('error' in outcome && { error: { current: outcome.error } }) };
      setTimeout(() => {
        log.push(`download ${outcome.state}`);
        for (const l of listeners) l(delta);
      }, 0);
    }
    return id;
  });
}

async function turnOn() {
  await storeSettings({ ...(await loadSettings()), autoBackup: true });
}

describe('the weekly automatic backup in the worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    route = setUpMessages(db, { syncAndNotify: async () => {} });
    downloads = [];
    outcome = { state: 'complete' };
    log = [];
    stubDownloads();
    // The fake browser has no permissions events; the real ones only re-run reconcile.
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    for (const fullName of ['Ana Lima', 'Bo Chen']) await send('addContact', { fullName });
  });

  it('off by default: a wake saves nothing and sets no alarm', async () => {
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();
    expect(downloads).toEqual([]);
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined();
  });

  it('turned on with the permission: the wake downloads the same backup file the Export button makes, and records it', async () => {
    await turnOn();
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download).toMatchObject({ filename: 'coffee-chat/coffee-chat-backup-2026-01-20.json', conflictAction: 'uniquify', saveAs: false });
    const { text } = download!;
    expect(text).toBe((await exportText(db, NOW)).text);
    const parsed = parseBackup(text, [...BACKUP_TABLES, settingsTable]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(backupProblems(parsed.backup, BACKUP_TABLES, new Set())).toEqual([]);
    expect((parsed.backup.tables.contacts as Array<{ fullName: string }>).map((c) => c.fullName).sort()).toEqual(['Ana Lima', 'Bo Chen']);

    const status = await loadBackupStatus();
    expect(status).toMatchObject({ lastAutoBackupAt: NOW, lastExportAt: NOW });
    // The 30-day reminder counts it as a backup.
    expect(backupReminder({ status, contactCount: 10, oldestContactAt: NOW - 90 * DAY, now: NOW + DAY })).toBeNull();
    // And the next one is a week away.
    expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + 7 * DAY);
  });

  it('a backup from 2 days ago waits: no file, an alarm for 5 days on', async () => {
    await turnOn();
    await recordAutoBackup(NOW - 2 * DAY);
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();
    expect(downloads).toEqual([]);
    expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + 5 * DAY);
  });

  it('the alarm firing after a week saves the next file', async () => {
    await turnOn();
    let now = NOW;
    const service = createAutoBackupService(db, { clock: () => now, permitted: async () => true });
    service.listen();
    await service.reconcile();
    expect(downloads).toHaveLength(1);
    now = NOW + 7 * DAY;
    await fakeBrowser.alarms.onAlarm.trigger({ name: AUTO_BACKUP_ALARM, scheduledTime: now });
    await service.reconcile();
    expect(downloads).toHaveLength(2);
    expect(downloads[1]?.filename).toBe('coffee-chat/coffee-chat-backup-2026-01-27.json');
  });

  it('without the permission nothing runs and no alarm is left', async () => {
    await turnOn();
    await fakeBrowser.alarms.create(AUTO_BACKUP_ALARM, { when: NOW + DAY });
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => false }).reconcile();
    expect(downloads).toEqual([]);
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined();
  });

  it('turning the setting off clears the alarm (the worker watches the settings)', async () => {
    await turnOn();
    await recordAutoBackup(NOW - DAY);
    const service = createAutoBackupService(db, { clock: () => NOW, permitted: async () => true });
    service.listen();
    await service.reconcile();
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeDefined();

    await send('saveSettings', { settings: { autoBackup: false } });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined());
    expect((await loadSettings()).autoBackup).toBe(false);
  });

  it('a refused download does not throw out of the worker: the reason is recorded for the backup panel', async () => {
    await turnOn();
    vi.mocked(fakeBrowser.downloads.download).mockRejectedValue(new Error('Invalid filename'));
    await expect(createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile()).resolves.toBeUndefined();
    const status = await loadBackupStatus();
    expect(status.autoBackupFailure).toEqual({ at: NOW, reason: 'The browser did not save the file (Invalid filename).' });
    expect(status.lastAutoBackupAt).toBeUndefined();
    // Tried again a day later, not on every wake.
    expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + DAY);
  });
});

/**
 * Chrome: the service worker has no URL.createObjectURL, and a data: URL past 2 MB is refused,
 * so the file comes from the offscreen document (lib/backup/offscreen-backup.ts). Here the
 * worker's runtime.sendMessage is delivered to that page's real router and to the background's,
 * with the sender Chrome gives a message from the worker.
 */
describe('in Chrome, through the offscreen document', () => {
  const WORKER = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/background.js` };
  let offscreen: { createDocument: ReturnType<typeof vi.fn>; closeDocument: ReturnType<typeof vi.fn> };
  let openDocuments: number;
  let backgroundAnswers: unknown[];

  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    route = setUpMessages(db, { syncAndNotify: async () => {} });
    await send('addContact', { fullName: 'Ana Lima' });
    await turnOn();
    downloads = [];
    log = [];
    outcome = { state: 'complete' };
    openDocuments = 0;
    backgroundAnswers = [];
    stubDownloads();
    offscreen = {
      createDocument: vi.fn(async () => {
        openDocuments += 1;
        log.push('offscreen opened');
      }),
      closeDocument: vi.fn(async () => {
        openDocuments -= 1;
        log.push('offscreen closed');
      }),
    };
    Object.assign(fakeBrowser, { offscreen });
    Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => Array.from({ length: openDocuments }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' }))) });
    const offscreenRoute = createOffscreenRoute(db);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      // Every extension page hears it; only the offscreen page answers.
      backgroundAnswers.push(route(message, WORKER));
      return openDocuments > 0 ? offscreenRoute(message, WORKER) : undefined;
    });
  });

  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser, 'offscreen');
  });

  it('saves the same file the Export button makes, as a blob: URL from the offscreen page, and closes the page only after the file is written', async () => {
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();

    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/\/offscreen-backup\.html$/), reasons: ['BLOBS'] }),
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.url).toMatch(/^blob:/);
    expect(downloads[0]).toMatchObject({ filename: 'coffee-chat/coffee-chat-backup-2026-01-20.json', saveAs: false });
    expect(downloads[0]!.text).toBe((await exportText(db, NOW)).text);
    expect(log).toEqual(['offscreen opened', 'download started', 'download complete', 'offscreen closed']);
    // The background's router left the offscreen request alone (no answer, no error reply).
    expect(backgroundAnswers).toEqual([undefined]);
    expect(await loadBackupStatus()).toMatchObject({ lastAutoBackupAt: NOW });
  });

  it('an interrupted download is recorded in plain words, and the offscreen page is closed anyway', async () => {
    outcome = { state: 'interrupted', error: 'FILE_NO_SPACE' };
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();
    const status = await loadBackupStatus();
    expect(status.lastAutoBackupAt).toBeUndefined();
    expect(status.autoBackupFailure?.reason).toMatch(/disk is full/);
    expect(openDocuments).toBe(0);
  });

  it('reuses an offscreen page a stopped worker left open instead of failing on "only one"', async () => {
    openDocuments = 1;
    await createAutoBackupService(db, { clock: () => NOW, permitted: async () => true }).reconcile();
    expect(offscreen.createDocument).not.toHaveBeenCalled();
    expect(downloads).toHaveLength(1);
    expect(openDocuments).toBe(0);
  });

  it('the offscreen page answers only the worker\'s backup request: the pages\' requests to the background get nothing from it', async () => {
    const offscreenRoute = createOffscreenRoute(db);
    expect(offscreenRoute({ type: 'addContact', data: { fullName: 'X' }, requestId: crypto.randomUUID() }, PAGE)).toBeUndefined();
    expect(offscreenRoute({ type: 'syncReminders', data: {} }, PAGE)).toBeUndefined();
    // A content script may not ask it for the user's whole database.
    expect(
      offscreenRoute({ type: 'offscreenBackup', data: { now: NOW, settings: {} } }, { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/in/x', tab: { id: 1 } }),
    ).toBeUndefined();
    // A malformed request is refused in words, not built.
    const bad = await offscreenRoute({ type: 'offscreenBackup', data: { now: 'soon', settings: {} } }, WORKER);
    expect(bad).toMatchObject({ ok: false });
  });
});

describe('waiting for the download', () => {
  it('gives up after the timeout when the browser never reports the end', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.downloads.onChanged, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.downloads.onChanged, 'removeListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.downloads, 'search').mockResolvedValue([]);
    vi.spyOn(fakeBrowser.downloads, 'download').mockResolvedValue(7);
    await expect(downloadAndWait({ url: 'blob:x' }, 5)).rejects.toThrow(/had not finished/);
  });

  it('names the common interrupt reasons in words', () => {
    expect(interruptedText('FILE_NO_SPACE')).toMatch(/disk is full/);
    expect(interruptedText('USER_CANCELED')).toMatch(/cancelled/);
    expect(interruptedText('SERVER_FAILED')).toBe('The browser stopped saving the backup file (SERVER_FAILED).');
  });
});
