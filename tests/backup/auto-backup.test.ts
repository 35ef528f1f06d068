import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_EVERY_MS, AUTO_BACKUP_RETRY_MS, nextAutoBackupAt } from '@/lib/backup/auto-backup';

/**
 * The pure schedule the worker's alarm follows. (Mutation tried: `last + AUTO_BACKUP_EVERY_MS`
 * → `last - AUTO_BACKUP_EVERY_MS` — the "8 days / 2 days" and "own export counts" tests go red,
 * and 3 of tests/background/auto-backup.test.ts.)
 */
const NOW = Date.UTC(2026, 0, 20, 9);
const DAY = 86_400_000;

describe('when the weekly automatic backup is due', () => {
  it('is never due while the setting is off (the default), even with the permission', () => {
    expect(nextAutoBackupAt({ enabled: false, permitted: true, status: {}, now: NOW })).toBeNull();
  });

  it('is never due without the downloads permission, even when turned on', () => {
    expect(nextAutoBackupAt({ enabled: true, permitted: false, status: { lastExportAt: NOW - 30 * DAY }, now: NOW })).toBeNull();
  });

  it('runs at once when turned on with no backup ever made', () => {
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status: {}, now: NOW })).toBe(NOW);
  });

  it('is due now when the last backup was 8 days ago, and a week after one made 2 days ago', () => {
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status: { lastAutoBackupAt: NOW - 8 * DAY }, now: NOW })).toBe(NOW);
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status: { lastAutoBackupAt: NOW - 2 * DAY }, now: NOW })).toBe(NOW + 5 * DAY);
  });

  it("counts the user's own export as a backup: the week starts from the later of the two", () => {
    const status = { lastAutoBackupAt: NOW - 6 * DAY, lastExportAt: NOW - DAY };
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status, now: NOW })).toBe(NOW - DAY + AUTO_BACKUP_EVERY_MS);
  });

  it('a week that passed while the browser was closed is due at the wake, not a week later', () => {
    const last = NOW - 20 * DAY;
    const wake = NOW;
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status: { lastAutoBackupAt: last }, now: wake })).toBe(wake);
  });

  it('after a failure it waits a day before trying again, instead of on every wake', () => {
    const status = { lastAutoBackupAt: NOW - 10 * DAY, autoBackupFailure: { at: NOW - 3_600_000, reason: 'Disk full' } };
    expect(nextAutoBackupAt({ enabled: true, permitted: true, status, now: NOW })).toBe(NOW - 3_600_000 + AUTO_BACKUP_RETRY_MS);
  });
});
