// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AutoBackupSection, type AutoBackupEnv } from '@/components/workspace/AutoBackupSection';
import type { BackupStatus } from '@/lib/backup/backup-reminder';
import { formatDate } from '@/lib/format/dates';
import { defaultSettings, type Settings } from '@/lib/settings';

afterEach(cleanup);

function fakeEnv(granted: boolean, status: BackupStatus = {}, initial: Settings = defaultSettings()) {
  let stored: Settings = initial;
  const env = {
    settings: {
      load: async () => stored,
      watch: () => () => {},
      save: vi.fn(async (next: Settings) => {
        stored = next;
        return null;
      }),
    },
    status: { load: async () => status, watch: () => () => {} },
    requestDownloads: vi.fn(async () => granted),
    hasDownloads: vi.fn(async () => granted),
    removeDownloads: vi.fn(async () => {}),
  } satisfies AutoBackupEnv;
  return { env, stored: () => stored };
}

const checkbox = () => screen.findByRole('checkbox', { name: 'Save a backup to my Downloads folder every week' });

describe('the automatic weekly backup switch', () => {
  it('is off by default', async () => {
    render(<AutoBackupSection env={fakeEnv(true).env} />);
    expect(((await checkbox()) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Automatic weekly backup: off.')).toBeTruthy();
  });

  it('asks the browser for the downloads permission from the click, and stays off with a sentence when refused', async () => {
    const user = userEvent.setup();
    const { env, stored } = fakeEnv(false);
    render(<AutoBackupSection env={env} />);
    const box = (await checkbox()) as HTMLInputElement;
    await vi.waitFor(() => expect(box.disabled).toBe(false));
    await user.click(box);
    expect(env.requestDownloads).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Automatic backups stay off: the browser was not allowed to save files to your Downloads folder.'),
    ).toBeTruthy();
    expect(box.checked).toBe(false);
    expect(env.settings.save).not.toHaveBeenCalled();
    expect(stored().autoBackup).toBe(false);
  });

  it('granted, it is saved on in the one settings store; turned off, the permission is given back', async () => {
    const user = userEvent.setup();
    const { env, stored } = fakeEnv(true);
    render(<AutoBackupSection env={env} />);
    const box = (await checkbox()) as HTMLInputElement;
    await vi.waitFor(() => expect(box.disabled).toBe(false));
    await user.click(box);
    await vi.waitFor(() => expect(box.checked).toBe(true));
    expect(stored().autoBackup).toBe(true);
    expect(screen.getByText('Automatic weekly backup: on — the first one is saved shortly.')).toBeTruthy();

    await vi.waitFor(() => expect(box.disabled).toBe(false));
    await user.click(box);
    await vi.waitFor(() => expect(box.checked).toBe(false));
    expect(stored().autoBackup).toBe(false);
    expect(env.removeDownloads).toHaveBeenCalledTimes(1);
  });

  it('says when the last one was saved, and why the last attempt failed', async () => {
    const at = Date.UTC(2026, 0, 13, 9);
    const { env } = fakeEnv(true, { lastAutoBackupAt: at, autoBackupFailure: { at: at + 7 * 86_400_000, reason: 'The browser did not save the file (Disk full).' } });
    await env.settings.save({ ...defaultSettings(), autoBackup: true });
    render(<AutoBackupSection env={env} />);
    expect(await screen.findByText(`Automatic weekly backup: on — last one ${formatDate(at)}.`)).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('The last automatic backup failed');
    expect(screen.getByRole('alert').textContent).toContain('The browser did not save the file (Disk full).');
  });

  it('says the backup is paused when the permission was taken away on the browser\'s extensions page', async () => {
    // On in the settings, but the browser no longer grants downloads: the worker saves nothing.
    render(<AutoBackupSection env={fakeEnv(false, {}, { ...defaultSettings(), autoBackup: true }).env} />);
    expect(((await checkbox()) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText(/paused: the browser no longer lets Coffee Chat save files to your Downloads folder/)).toBeTruthy();
  });
});

