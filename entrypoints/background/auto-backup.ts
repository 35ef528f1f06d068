import { browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import {
  backupFile,
  closeBackupPage,
  cutOffByBrowser,
  downloadAndWait,
  DownloadInterrupted,
  findRunDownload,
  waitForDownload,
} from '@/lib/backup/backup-download';
import { AUTO_BACKUP_ALARM, AUTO_BACKUP_RESUME_MS, autoBackupFileName, nextAutoBackupAt } from '@/lib/backup/auto-backup';
import { loadBackupStatus, recordAutoBackup, recordAutoBackupFailure, recordAutoBackupRun } from '@/lib/backup/backup-reminder';
import { UserFacingError } from '@/lib/messaging/errors';
import { loadSettings, watchSettings, type Settings } from '@/lib/settings';

export interface AutoBackupDeps {
  clock?: () => number;
  /** Whether the optional `downloads` permission is granted (tests stub it: the fake browser has no permissions API). */
  permitted?: () => Promise<boolean>;
}

const hasDownloads = async () => {
  try {
    return await browser.permissions.contains({ permissions: ['downloads'] });
  } catch {
    return false;
  }
};

/**
 * The weekly automatic backup. Its alarm is a projection of the setting, the permission and
 * backupStatus, reconciled on every wake and whenever the settings change: off (or no
 * permission) clears it, a backup missed while the browser was closed runs at once. The file
 * is the workspace's own export (lib/db/backup.ts), saved to Downloads/coffee-chat/.
 *
 * MV3 may stop the worker at any instant of a run, so the run lives in backupStatus
 * (autoBackupRun) and each wake first settles one a stopped worker left.
 */
export function createAutoBackupService(db: CoffeeChatDB, { clock = Date.now, permitted = hasDownloads }: AutoBackupDeps = {}) {
  // One at a time: a wake and an alarm together must not save two files.
  let queue: Promise<void> = Promise.resolve();
  const reconcile = (): Promise<void> => {
    queue = queue.then(project).catch((error: unknown) => console.error('[coffee-chat] auto backup', error));
    return queue;
  };

  async function project() {
    await settleStoppedRun();
    const [settings, allowed, status] = await Promise.all([loadSettings(), permitted(), loadBackupStatus()]);
    const now = clock();
    const due = nextAutoBackupAt({ enabled: settings.autoBackup, permitted: allowed, status, now });
    if (due === null) {
      await browser.alarms.clear(AUTO_BACKUP_ALARM);
      return;
    }
    if (due <= now) {
      await backUp(now, settings);
      return reschedule();
    }
    const current = await browser.alarms.get(AUTO_BACKUP_ALARM);
    if (current?.scheduledTime !== due) await browser.alarms.create(AUTO_BACKUP_ALARM, { when: due });
  }

  /** After a run the status has changed: the next one is a week (or a retry day) away. */
  async function reschedule() {
    const [settings, allowed, status] = await Promise.all([loadSettings(), permitted(), loadBackupStatus()]);
    const due = nextAutoBackupAt({ enabled: settings.autoBackup, permitted: allowed, status, now: clock() });
    if (due === null) await browser.alarms.clear(AUTO_BACKUP_ALARM);
    else await browser.alarms.create(AUTO_BACKUP_ALARM, { when: due });
  }

  /**
   * The run a worker stopped mid-way left, whatever the setting says now: its file is recorded
   * once complete (never saved twice), a failure is recorded in words, and its offscreen page is
   * closed. No download, or one cut off by a browser restart, leaves it due: it runs again now.
   */
  async function settleStoppedRun() {
    const { autoBackupRun: run } = await loadBackupStatus();
    if (!run) return;
    try {
      // Unknown (no downloads permission any more, say) counts as no file: never "done" without one.
      const item = await findRunDownload(run).catch(() => undefined);
      if (!item || (item.state === 'interrupted' && cutOffByBrowser(item.error))) return await recordAutoBackupRun(null);
      if (item.state === 'interrupted') throw new DownloadInterrupted(item.error);
      // Still being written: the page holding its blob stays open until it is done.
      if (item.state === 'in_progress') await waitForDownload(item.id);
      await recordAutoBackup(run.at);
    } catch (error) {
      await recordAutoBackupFailure(clock(), failureText(error));
    } finally {
      await closeBackupPage();
    }
  }

  /** Never throws: a failure is recorded in words the backup panel shows. */
  async function backUp(now: number, settings: Settings) {
    // Stored before the page opens or the download starts, and an alarm to come back for it:
    // if the worker is stopped from here on, a wake within minutes settles the run.
    await recordAutoBackupRun({ at: now });
    await browser.alarms.create(AUTO_BACKUP_ALARM, { when: now + AUTO_BACKUP_RESUME_MS });
    try {
      const file = await backupFile(db, now, settings);
      try {
        const options = { url: file.url, filename: autoBackupFileName(file.fileName), conflictAction: 'uniquify', saveAs: false } as const;
        await downloadAndWait(options, undefined, (downloadId) => recordAutoBackupRun({ at: now, downloadId }));
      } finally {
        // Only now: the browser reads the blob while it writes the file.
        await file.release();
      }
      await recordAutoBackup(now);
    } catch (error) {
      await recordAutoBackupFailure(now, failureText(error));
    }
  }

  return {
    reconcile,
    listen() {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === AUTO_BACKUP_ALARM) void reconcile();
      });
      // Turning it on or off in the backup panel (or a restored backup's settings) takes effect at once.
      watchSettings(() => void reconcile());
      // A browser start wakes the worker: a run a restart cut off is settled and made again then.
      browser.runtime.onStartup.addListener(() => void reconcile());
      // Granting or removing the permission from the browser's own extension page, too.
      browser.permissions?.onAdded?.addListener(() => void reconcile());
      browser.permissions?.onRemoved?.addListener(() => void reconcile());
    },
  };
}

function failureText(error: unknown): string {
  if (error instanceof UserFacingError || error instanceof DownloadInterrupted) return error.message;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The browser did not save the file${detail}.`;
}
