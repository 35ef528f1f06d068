import { formatDistanceStrict } from 'date-fns';

export interface BackupReminderProps {
  reminder: { since: number; exportedBefore: boolean };
  now: number;
  /** Opens the workspace's Backup page, which starts the export at once. */
  onExport: () => void;
  /** Hides it for a week. */
  onLater: () => void;
}

/**
 * A gentle nudge to keep a backup, for the popup and the side panel alike: everything lives in
 * this browser, and uninstalling the extension or losing the profile deletes it.
 */
export function BackupReminder({ reminder, now, onExport, onLater }: BackupReminderProps) {
  const ago = formatDistanceStrict(reminder.since, now, { roundingMethod: 'floor' });
  return (
    <section className="backup-reminder" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">Keep a backup</h2>
      <p>
        {reminder.exportedBefore ? `Your last backup was ${ago} ago.` : `You have not exported a backup in ${ago} of use.`} Your contacts live
        only in this browser: a backup file keeps them safe if it is reset.
      </p>
      <div className="form-actions">
        <button type="button" onClick={onExport}>
          Export backup
        </button>
        <button type="button" className="secondary" onClick={onLater}>
          Not now
        </button>
      </div>
    </section>
  );
}
