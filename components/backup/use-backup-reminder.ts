import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { backupReminder, type BackupStatus, loadBackupStatus, snoozeBackupReminder, watchBackupStatus } from '@/lib/backup/backup-reminder';
import type { CoffeeChatDB } from '@/lib/db/database';

/**
 * The backup reminder's state for any page that shows it (popup, side panel): two indexed
 * reads (how many contacts, the oldest one) and the stored export time, followed live.
 */
export function useBackupReminder(db: CoffeeChatDB, now: () => number = Date.now) {
  const [status, setStatus] = useState<BackupStatus | undefined>();
  useEffect(() => {
    let live = true;
    void loadBackupStatus().then((s) => live && setStatus(s));
    const unwatch = watchBackupStatus((s) => live && setStatus(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const counts = useLiveQuery(
    async () => ({ contactCount: await db.contacts.count(), oldestContactAt: (await db.contacts.orderBy('createdAt').first())?.createdAt }),
    [db],
  );
  const reminder = status && counts ? backupReminder({ status, ...counts, now: now() }) : null;
  return { reminder, later: () => void snoozeBackupReminder(now()) };
}
