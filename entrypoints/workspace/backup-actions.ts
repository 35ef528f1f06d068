import { exportBackup, importBackupFile } from '@/lib/db/backup';
import { getDb } from '@/lib/db/database';
import { recordBackupExport } from '@/lib/backup/backup-reminder';
import { UserFacingError } from '@/lib/messaging/errors';
import { sendToBackground } from '@/lib/messaging/send';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';

/**
 * Backups run in this page, where the file and the database both are: no message could carry
 * a 50,000-contact backup (Chrome refuses past 64 MiB). The import commits its data and every
 * reminder in one transaction here; the background then re-projects alarms from them.
 */
export const backupActions: Pick<WorkspaceActions, 'exportBackup' | 'importBackup'> = {
  async exportBackup(onProgress) {
    try {
      const now = Date.now();
      const out = await exportBackup(getDb(), now, onProgress);
      await recordBackupExport(now);
      return out;
    } catch (error) {
      return { error: sentenceOf(error, 'The backup could not be made. Nothing was saved — try again.') };
    }
  },
  async importBackup(file, onProgress) {
    try {
      const report = await importBackupFile(getDb(), file, Date.now(), onProgress);
      // The report is true once this resolves: data and reminders are committed. Alarms are a
      // projection of them, so the page does not wait for the worker to redo 10,000 of them
      // (seconds at that size); if this message is lost, the worker's next wake redoes them.
      void sendToBackground('syncReminders', {}).catch((error: unknown) => console.warn('[coffee-chat] alarm sync after import', error));
      return { report };
    } catch (error) {
      return { error: sentenceOf(error, 'The import failed and nothing was changed. Try again.') };
    }
  },
};

function sentenceOf(error: unknown, fallback: string): string {
  if (error instanceof UserFacingError) return error.message;
  console.error('[coffee-chat] backup', error);
  return fallback;
}
