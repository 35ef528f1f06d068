import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupReminder, loadBackupStatus, recordBackupExport, snoozeBackupReminder } from '@/lib/backup/backup-reminder';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

describe('backup reminder', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows after 30 days without an export, once there are 5 contacts', () => {
    const at = (status: object, contactCount: number, oldestDaysAgo = 60) =>
      backupReminder({ status, contactCount, oldestContactAt: NOW - oldestDaysAgo * DAY, now: NOW });
    expect(at({}, 4)).toBeNull();
    expect(at({}, 5)).toEqual({ since: NOW - 60 * DAY, exportedBefore: false });
    // Never exported, but the first contact is only a week old: too early.
    expect(at({}, 12, 7)).toBeNull();
    expect(at({ lastExportAt: NOW - 29 * DAY }, 12)).toBeNull();
    expect(at({ lastExportAt: NOW - 31 * DAY }, 12)).toEqual({ since: NOW - 31 * DAY, exportedBefore: true });
    expect(at({ lastExportAt: NOW - 31 * DAY, snoozedUntil: NOW + DAY }, 12)).toBeNull();
    expect(at({ lastExportAt: NOW - 31 * DAY, snoozedUntil: NOW - 1 }, 12)).not.toBeNull();
  });

  it('records the export and the snooze; a broken stored value counts as never exported', async () => {
    await recordBackupExport(NOW);
    await snoozeBackupReminder(NOW);
    expect(await loadBackupStatus()).toEqual({ lastExportAt: NOW, snoozedUntil: NOW + 7 * DAY });
    await fakeBrowser.storage.local.set({ backupStatus: { lastExportAt: 'yesterday' } });
    expect(await loadBackupStatus()).toEqual({});
  });
});
