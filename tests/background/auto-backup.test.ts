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

/** The downloads the fake browser knows, as downloads.search reports them (ids persist across restarts, as Chrome's do). */
let items: Array<Awaited<ReturnType<typeof fakeBrowser.downloads.search>>[number]>;
const listeners = new Set<(delta: Browser.downloads.DownloadDelta) => void>();
/** Where the worker is stopped (MV3 may stop it at any instant), or null to let it run. */
let stopAt: null | 'building' | 'download-called' | 'waiting';

/** The browser ends a download (the worker, if alive, hears it). */
function finishDownload(id: number, end: { state: 'complete' } | { state: 'interrupted'; error: string }) {
  const item = items.find((i) => i.id === id)!;
  Object.assign(item, end);
  log.push(`download ${end.state}`);
  const delta = { id, state: { current: end.state }, ...('error' in end && { error: { current: end.error } }) };
  for (const l of listeners) l(delta);
}

/** A stopped worker's in-memory listeners are gone; whatever it was awaiting never returns. */
function stopWorker() {
  listeners.clear();
  log.push('worker stopped');
}
const never = () => new Promise<never>(() => {});

/** The fake browser has no downloads events: a small stand-in that reads the file and reports its end (`outcome`). */
function stubDownloads() {
  items = [];
  listeners.clear();
  stopAt = null;
  vi.spyOn(fakeBrowser.downloads.onChanged, 'addListener').mockImplementation((l) => void listeners.add(l));
  vi.spyOn(fakeBrowser.downloads.onChanged, 'removeListener').mockImplementation((l) => void listeners.delete(l));
  vi.spyOn(fakeBrowser.downloads, 'search').mockImplementation(async (query) => {
    if (stopAt === 'waiting' && query.id !== undefined) {
      // Stopped while it waits for the download it started: the browser goes on writing the file.
      stopAt = null;
      stopWorker();
      return never();
    }
    const after = query.startedAfter === undefined ? -Infinity : new Date(query.startedAfter).getTime();
    return items.filter((i) => (query.id === undefined || i.id === query.id) && Date.parse(i.startTime) > after).map((i) => structuredClone(i));
  });
  vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(async (options) => {
    // The file is read now, as the browser does while writing it: its URL must still work.
    const text = await fileAt(options.url);
    downloads.push({ ...options, text });
    const id = downloads.length;
    items.push({
      id,
      url: options.url,
      filename: `/home/me/Downloads/${options.filename ?? 'download'}`,
      state: 'in_progress',
      byExtensionId: fakeBrowser.runtime.id,
      startTime: new Date(startClock()).toISOString(),
    } as (typeof items)[number]);
    log.push('download started');
    if (stopAt === 'download-called') {
      stopAt = null;
      // Stopped before download() returned: the worker never learns the id; the browser finishes the file.
      stopWorker();
      if (outcome.state !== 'in_progress') finishDownload(id, outcome);
      return never();
    }
    if (outcome.state !== 'in_progress') {
      const end = outcome;
      setTimeout(() => finishDownload(id, end), 0);
    }
    return id;
  });
}
/** The browser's clock when a download starts: the test's "now" of the worker that started it. */
let startClock: () => number = () => NOW;

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
        // As Chrome does.
        if (openDocuments === 0) throw new Error('No current offscreen document.');
        openDocuments -= 1;
        log.push('offscreen closed');
      }),
    };
    Object.assign(fakeBrowser, { offscreen });
    Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => Array.from({ length: openDocuments }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' }))) });
    const offscreenRoute = createOffscreenRoute(db);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if (stopAt === 'building') {
        // Stopped after it opened the offscreen page, while the page builds the file.
        stopAt = null;
        stopWorker();
        return never();
      }
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

  /**
   * MV3 stops the worker at any instant; the next worker is a fresh start (nothing in memory).
   * Each case: the first worker is stopped at one point of the run, then another one wakes.
   */
  describe('when the worker is stopped in the middle of a run', () => {
    const MIN = 60_000;
    const wake = (at: number) => createAutoBackupService(db, { clock: () => at, permitted: async () => true });
    async function startAndStop(at: typeof stopAt) {
      stopAt = at;
      void wake(NOW).reconcile();
      await vi.waitFor(() => expect(log).toContain('worker stopped'));
    }
    const completeFiles = () => items.filter((i) => i.state === 'complete');

    it('(a) after the offscreen page opened, before the download: nothing is recorded, a wake is due within minutes, and that wake saves one file and closes the page', async () => {
      await startAndStop('building');
      expect(openDocuments).toBe(1);
      expect((await loadBackupStatus()).lastAutoBackupAt).toBeUndefined();
      // Nothing else may wake the worker for days: its own alarm must.
      const alarm = await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM);
      expect(alarm?.scheduledTime).toBeLessThanOrEqual(NOW + 10 * MIN);

      startClock = () => NOW + 5 * MIN;
      await wake(NOW + 5 * MIN).reconcile();
      expect(downloads).toHaveLength(1);
      expect(completeFiles()).toHaveLength(1);
      expect(await loadBackupStatus()).toMatchObject({ lastAutoBackupAt: NOW + 5 * MIN });
      expect(openDocuments).toBe(0);
      expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + 5 * MIN + 7 * DAY);
    });

    it('(a) stopped there and the backup turned off before the next wake: the offscreen page is closed all the same', async () => {
      await startAndStop('building');
      await storeSettings({ ...(await loadSettings()), autoBackup: false });
      await wake(NOW + 5 * MIN).reconcile();
      expect(openDocuments).toBe(0);
      expect(downloads).toEqual([]);
      expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeUndefined();
    });

    it('(b) stopped as it started the download, before it learned its id: the file the browser finished is recorded at the next wake, and no second one is saved', async () => {
      await startAndStop('download-called');
      expect((await loadBackupStatus()).lastAutoBackupAt).toBeUndefined();
      expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBeLessThanOrEqual(NOW + 10 * MIN);

      await wake(NOW + 5 * MIN).reconcile();
      expect(downloads).toHaveLength(1);
      expect(await loadBackupStatus()).toMatchObject({ lastAutoBackupAt: NOW });
      expect(openDocuments).toBe(0);
      expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + 7 * DAY);
    });

    it('(b) stopped while waiting, the download finished meanwhile: the next wake records it, closes the page, saves nothing more', async () => {
      outcome = { state: 'in_progress' };
      await startAndStop('waiting');
      finishDownload(1, { state: 'complete' });

      outcome = { state: 'complete' };
      await wake(NOW + 5 * MIN).reconcile();
      expect(downloads).toHaveLength(1);
      expect(await loadBackupStatus()).toMatchObject({ lastAutoBackupAt: NOW });
      expect(openDocuments).toBe(0);
    });

    it('(b) stopped while waiting, the download still being written at the next wake: that wake waits for it instead of starting another', async () => {
      outcome = { state: 'in_progress' };
      await startAndStop('waiting');

      outcome = { state: 'complete' };
      const woke = wake(NOW + MIN).reconcile();
      // The new worker listens (for the first download, or a second one it started).
      await vi.waitFor(() => expect(listeners.size).toBeGreaterThan(0));
      finishDownload(1, { state: 'complete' });
      await woke;
      expect(downloads).toHaveLength(1);
      expect(await loadBackupStatus()).toMatchObject({ lastAutoBackupAt: NOW });
      expect(openDocuments).toBe(0);
    });

    it('(b) stopped while waiting, the disk filled up meanwhile: the failure shows in words, the page is closed, tried again tomorrow (not at every wake)', async () => {
      outcome = { state: 'in_progress' };
      await startAndStop('waiting');
      finishDownload(1, { state: 'interrupted', error: 'FILE_NO_SPACE' });

      outcome = { state: 'complete' };
      await wake(NOW + 5 * MIN).reconcile();
      const status = await loadBackupStatus();
      expect(status.lastAutoBackupAt).toBeUndefined();
      expect(status.autoBackupFailure?.reason).toMatch(/disk is full/);
      expect(downloads).toHaveLength(1);
      expect(openDocuments).toBe(0);
      expect((await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM))?.scheduledTime).toBe(NOW + 5 * MIN + DAY);
    });

    it('(c) the browser restarts with the download interrupted: not recorded as done, saved again at once, one complete file', async () => {
      outcome = { state: 'in_progress' };
      await startAndStop('waiting');
      // The restart: the offscreen page is gone, and Chrome marks the unfinished download interrupted.
      openDocuments = 0;
      finishDownload(1, { state: 'interrupted', error: 'USER_SHUTDOWN' });
      expect((await loadBackupStatus()).lastAutoBackupAt).toBeUndefined();

      outcome = { state: 'complete' };
      startClock = () => NOW + 60 * MIN;
      await wake(NOW + 60 * MIN).reconcile();
      expect(downloads).toHaveLength(2);
      expect(completeFiles()).toHaveLength(1);
      const status = await loadBackupStatus();
      expect(status).toMatchObject({ lastAutoBackupAt: NOW + 60 * MIN });
      // A shutdown is not a failure the user has to do anything about.
      expect(status.autoBackupFailure).toBeUndefined();
      expect(openDocuments).toBe(0);
    });
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
