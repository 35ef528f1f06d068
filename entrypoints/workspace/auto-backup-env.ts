import { browser } from 'wxt/browser';
import type { AutoBackupEnv } from '@/components/workspace/AutoBackupSection';
import { loadBackupStatus, watchBackupStatus } from '@/lib/backup/backup-reminder';
import { settingsStore } from './settings-storage';

/** The backup panel's automatic-backup switch in the browser: the one settings store, the optional `downloads` permission. */
export const autoBackupEnv: AutoBackupEnv = {
  settings: settingsStore,
  status: { load: loadBackupStatus, watch: watchBackupStatus },
  requestDownloads: () => browser.permissions.request({ permissions: ['downloads'] }),
  hasDownloads: () => browser.permissions.contains({ permissions: ['downloads'] }),
  removeDownloads: async () => {
    await browser.permissions.remove({ permissions: ['downloads'] });
  },
};
