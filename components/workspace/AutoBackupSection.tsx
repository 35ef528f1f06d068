import { useEffect, useId, useState } from 'react';
import type { BackupStatus } from '@/lib/backup/backup-reminder';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import type { Settings } from '@/lib/settings';
import type { SettingsStore } from './SettingsPage';

/** What the section needs from the browser; the workspace passes the real one, tests their own. */
export interface AutoBackupEnv {
  settings: SettingsStore;
  status: { load: () => Promise<BackupStatus>; watch: (onChange: (status: BackupStatus) => void) => () => void };
  /** browser.permissions.request for `downloads`: must run inside the click (a user gesture). */
  requestDownloads: () => Promise<boolean>;
  /** Whether `downloads` is granted now: the user can take it away on the browser's extensions page. */
  hasDownloads: () => Promise<boolean>;
  /** Gives the permission back when the user turns it off. */
  removeDownloads: () => Promise<void>;
}

/**
 * The optional weekly backup into Downloads (issue 14), off by default. Turning it on asks the
 * browser for the `downloads` permission first; refused, it stays off and says why. The worker
 * does the backing up (entrypoints/background/auto-backup.ts); this shows what it last did.
 */
export function AutoBackupSection({ env }: { env: AutoBackupEnv }) {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<BackupStatus>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [permitted, setPermitted] = useState(true);

  useEffect(() => {
    let live = true;
    void env.settings.load().then((s) => live && setSettings(s));
    void env.status.load().then((s) => live && setStatus(s));
    void env.hasDownloads().then((p) => live && setPermitted(p), () => {});
    const unwatchSettings = env.settings.watch(setSettings);
    const unwatchStatus = env.status.watch(setStatus);
    return () => {
      live = false;
      unwatchSettings();
      unwatchStatus();
    };
  }, [env]);

  const save = async (autoBackup: boolean): Promise<boolean> => {
    const current = settings ?? (await env.settings.load());
    const errors = await env.settings.save({ ...current, autoBackup });
    if (errors) {
      setMessage(Object.values(errors)[0] ?? 'That could not be saved. Try again.');
      return false;
    }
    setSettings({ ...current, autoBackup });
    return true;
  };

  const toggle = async (on: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      if (on) {
        // Asked first, inside the click: the browser refuses a request that is not a user gesture.
        const granted = await env.requestDownloads().catch(() => false);
        if (!granted) {
          setMessage('Automatic backups stay off: the browser was not allowed to save files to your Downloads folder.');
          return;
        }
        setPermitted(true);
        await save(true);
      } else if (await save(false)) {
        await env.removeDownloads().catch(() => {});
      }
    } finally {
      setBusy(false);
    }
  };

  const on = settings?.autoBackup ?? false;
  return (
    <section className="card-form" aria-labelledby={`${id}-auto`}>
      <h2 id={`${id}-auto`}>Automatic backup</h2>
      <label className="checkbox">
        <input type="checkbox" checked={on} disabled={busy || settings === null} onChange={(e) => void toggle(e.currentTarget.checked)} />
        Save a backup to my Downloads folder every week
      </label>
      <p className="hint">
        Into Downloads/coffee-chat, the same file as “Export backup”. The browser asks once for permission to save files.
      </p>
      <p className="status" role="status">
        {statusText(on, permitted, status)}
      </p>
      {on && status.autoBackupFailure && (
        <p className="status error" role="alert">
          The last automatic backup failed ({formatDateTime(status.autoBackupFailure.at)}): {status.autoBackupFailure.reason}
        </p>
      )}
      {message && (
        <p className="status error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}

function statusText(on: boolean, permitted: boolean, status: BackupStatus): string {
  if (!on) return 'Automatic weekly backup: off.';
  // The worker skips it without the permission (lib/backup/auto-backup.ts): say so, and how to fix it.
  if (!permitted) return 'Automatic weekly backup: paused: the browser no longer lets Coffee Chat save files to your Downloads folder. Turn it off and on again to allow it.';
  if (status.lastAutoBackupAt === undefined) return 'Automatic weekly backup: on — the first one is saved shortly.';
  return `Automatic weekly backup: on — last one ${formatDate(status.lastAutoBackupAt)}.`;
}
