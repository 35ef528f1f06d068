import type { BackupStatus } from './backup-reminder';

/** The worker's alarm; not `reminder:`-prefixed, so lib/reminders/alarm-sync.ts never touches it. */
export const AUTO_BACKUP_ALARM = 'auto-backup';

const DAY = 86_400_000;
/** A backup of any kind (automatic or the user's own export) holds for a week. */
export const AUTO_BACKUP_EVERY_MS = 7 * DAY;
/** After a failed attempt, wait a day: a full disk or a refused download must not retry on every wake. */
export const AUTO_BACKUP_RETRY_MS = DAY;
/** A run under way sets the alarm this far on: a worker stopped mid-run is woken to settle it. */
export const AUTO_BACKUP_RESUME_MS = 5 * 60_000;

/** Where the worker saves it: a folder of its own inside Downloads, one file per day. */
export function autoBackupFileName(backupFileName: string): string {
  return `coffee-chat/${backupFileName}`;
}

export interface AutoBackupInput {
  /** The user's setting (settings.autoBackup); off by default. */
  enabled: boolean;
  /** Whether the optional `downloads` permission is granted: without it there is nothing to run. */
  permitted: boolean;
  status: BackupStatus;
  now: number;
}

/**
 * When the next automatic backup is due, or null when none should run. A week after the last
 * backup of any kind; now when there has never been one or the week passed while the browser
 * was closed (the caller runs it at once). A recent failure pushes it a day past that failure.
 */
export function nextAutoBackupAt({ enabled, permitted, status, now }: AutoBackupInput): number | null {
  if (!enabled || !permitted) return null;
  const last = Math.max(status.lastExportAt ?? -Infinity, status.lastAutoBackupAt ?? -Infinity);
  let due = last === -Infinity ? now : last + AUTO_BACKUP_EVERY_MS;
  if (status.autoBackupFailure) due = Math.max(due, status.autoBackupFailure.at + AUTO_BACKUP_RETRY_MS);
  return Math.max(due, now);
}
