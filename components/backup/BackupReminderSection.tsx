import { browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';
import { BackupReminder } from './BackupReminder';
import { useBackupReminder } from './use-backup-reminder';

/** The backup reminder where the popup and the side panel show it, or nothing while none is due. */
export function BackupReminderSection({ db }: { db: CoffeeChatDB }) {
  const backup = useBackupReminder(db);
  if (!backup.reminder) return null;
  return (
    <BackupReminder
      reminder={backup.reminder}
      now={Date.now()}
      // One click: the Backup page opens and starts the export itself.
      onExport={() => void browser.tabs.create({ url: pageUrl(pagePaths.exportBackup()) })}
      onLater={backup.later}
    />
  );
}
