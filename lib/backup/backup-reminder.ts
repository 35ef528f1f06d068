import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { Timestamp } from '@/lib/records/fields';

/**
 * When the user last exported a backup, and until when they asked not to be reminded.
 *
 * A storage item, not a settings part and not a database row: it is not something the user
 * sets (so it stays out of the one settings schema, which backups carry and restore), and it
 * must not travel in a backup either — restoring an old file onto a new browser would claim a
 * recent export that this browser never made. storage.local is read by the popup and the side
 * panel without opening the database, and needs no database version.
 */
export const BackupStatus = z.object({
  lastExportAt: Timestamp.optional(),
  snoozedUntil: Timestamp.optional(),
  /** The last weekly automatic backup that was saved to Downloads (it also sets lastExportAt). */
  lastAutoBackupAt: Timestamp.optional(),
  /** The last automatic attempt that failed, in words for the backup panel; cleared by the next success. */
  autoBackupFailure: z.object({ at: Timestamp, reason: z.string().max(500) }).optional(),
  /**
   * The automatic run under way, until it is recorded as saved or failed. Here, not in the
   * worker's memory: MV3 may stop the worker mid-run, and the next wake settles what it left.
   */
  autoBackupRun: z.object({ at: Timestamp, downloadId: z.number().int().min(0).optional() }).optional(),
});
export type AutoBackupRun = NonNullable<BackupStatus['autoBackupRun']>;
export type BackupStatus = z.infer<typeof BackupStatus>;

const backupStatusItem = storage.defineItem<unknown>('local:backupStatus', { fallback: {} });

const DAY = 86_400_000;
/** How long without an export before the reminder shows (issue 14: 30 days). */
export const BACKUP_REMINDER_AFTER_MS = 30 * DAY;
/** "Not now" hides it for a week. */
export const BACKUP_SNOOZE_MS = 7 * DAY;
/** Fewer contacts than this are quick to save again: no reminder. */
export const BACKUP_REMINDER_MIN_CONTACTS = 5;

/** Stored data is parsed on read: something broken counts as "never exported", never as an error. */
export async function loadBackupStatus(): Promise<BackupStatus> {
  const parsed = BackupStatus.safeParse(await backupStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}

export function watchBackupStatus(onChange: (status: BackupStatus) => void): () => void {
  return backupStatusItem.watch((stored) => {
    const parsed = BackupStatus.safeParse(stored);
    onChange(parsed.success ? parsed.data : {});
  });
}

export async function recordBackupExport(at: number): Promise<void> {
  await backupStatusItem.setValue({ ...(await loadBackupStatus()), lastExportAt: at });
}

/** An automatic backup counts as a backup for the 30-day reminder too. It ends the run in the same write. */
export async function recordAutoBackup(at: number): Promise<void> {
  const { autoBackupFailure: _cleared, autoBackupRun: _ended, ...status } = await loadBackupStatus();
  await backupStatusItem.setValue({ ...status, lastExportAt: at, lastAutoBackupAt: at });
}

export async function recordAutoBackupFailure(at: number, reason: string): Promise<void> {
  const { autoBackupRun: _ended, ...status } = await loadBackupStatus();
  await backupStatusItem.setValue({ ...status, autoBackupFailure: { at, reason: reason.slice(0, 500) } });
}

/** A run starting (no download yet), or the download it started; `null` ends it with nothing recorded. */
export async function recordAutoBackupRun(run: AutoBackupRun | null): Promise<void> {
  const { autoBackupRun: _previous, ...status } = await loadBackupStatus();
  await backupStatusItem.setValue(run ? { ...status, autoBackupRun: run } : status);
}

export async function snoozeBackupReminder(now: number): Promise<void> {
  await backupStatusItem.setValue({ ...(await loadBackupStatus()), snoozedUntil: now + BACKUP_SNOOZE_MS });
}

export interface BackupReminderInput {
  status: BackupStatus;
  contactCount: number;
  /** When the first contact still saved was created: "30 days without an export" for someone who never exported. */
  oldestContactAt: number | undefined;
  now: number;
}

/**
 * Whether to show the gentle reminder, and since when the data has gone without a backup.
 * Never before 5 contacts, never while snoozed, and only once 30 days have passed since the
 * last export — or, for someone who never exported, since their first contact was saved.
 */
export function backupReminder({ status, contactCount, oldestContactAt, now }: BackupReminderInput): { since: number; exportedBefore: boolean } | null {
  if (contactCount < BACKUP_REMINDER_MIN_CONTACTS) return null;
  if (status.snoozedUntil !== undefined && now < status.snoozedUntil) return null;
  const since = status.lastExportAt ?? oldestContactAt;
  if (since === undefined || now - since < BACKUP_REMINDER_AFTER_MS) return null;
  return { since, exportedBefore: status.lastExportAt !== undefined };
}
