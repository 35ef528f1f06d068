import { resolveObjectURL } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpMessages } from '@/entrypoints/background/messages';
import { createAutoBackupService } from '@/entrypoints/background/auto-backup';
import { AUTO_BACKUP_ALARM } from '@/lib/backup/auto-backup';
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
let downloads: Array<{ url: string; filename?: string; conflictAction?: string; saveAs?: boolean }>;

async function send(type: string, data: unknown): Promise<void> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data, requestId: crypto.randomUUID() }, PAGE);
  const reply = replies.find((r: unknown) => r !== undefined) as unknown as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(reply.error);
}

async function fileAt(url: string): Promise<string> {
  if (url.startsWith('data:')) return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`nothing at ${url}`);
  return blob.text();
}

async function turnOn() {
  await storeSettings({ ...(await loadSettings()), autoBackup: true });
}

describe('the weekly automatic backup in the worker', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    setUpMessages(db, { syncAndNotify: async () => {} });
    downloads = [];
    vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(async (options) => {
      downloads.push(options);
      return 1;
    });
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
    const text = await fileAt(download!.url);
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
