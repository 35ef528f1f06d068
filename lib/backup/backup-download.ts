import { browser, type Browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import { exportBackup } from '@/lib/db/backup';
import { OffscreenReplies, type OffscreenRequest, type Reply } from '@/lib/messaging/protocol';
import { UserFacingError } from '@/lib/messaging/errors';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';
import type { Settings } from '@/lib/settings';

/** A backup file the downloads API can fetch, and what to free once it has been saved. */
export interface BackupFile {
  url: string;
  fileName: string;
  release: () => Promise<void>;
}

/**
 * The backup as a blob: URL. Firefox's background page can make one itself. Chrome's service
 * worker cannot (no URL.createObjectURL), and a data: URL is refused past 2 MB, which a few
 * hundred contacts pass: there an offscreen document builds the file (lib/backup/offscreen-backup.ts).
 */
export async function backupFile(db: CoffeeChatDB, now: number, settings: Settings): Promise<BackupFile> {
  // Typed as always there; Firefox (and the test's fake browser) has no offscreen API.
  if ((browser as Partial<typeof browser>).offscreen?.createDocument) return offscreenBackupFile(now, settings);
  const { fileName, blob } = await exportBackup(db, now, undefined, settings);
  const url = URL.createObjectURL(blob);
  return { url, fileName, release: async () => URL.revokeObjectURL(url) };
}

const OFFSCREEN_JUSTIFICATION = 'Builds the weekly backup file, which the service worker cannot turn into a downloadable URL.';

async function offscreenBackupFile(now: number, settings: Settings): Promise<BackupFile> {
  await openOffscreen();
  const release = () => browser.offscreen.closeDocument().catch(() => {});
  try {
    const request: OffscreenRequest<'offscreenBackup'> = { now, settings };
    const reply = (await browser.runtime.sendMessage({ type: 'offscreenBackup', data: request })) as Reply<unknown> | undefined;
    if (!reply) throw new Error('The backup page did not answer');
    // The router's errors are sentences for the user ("too large to back up…").
    if (!reply.ok) throw new UserFacingError(reply.error);
    const { url, fileName } = OffscreenReplies.offscreenBackup.parse(reply.data);
    return { url, fileName, release };
  } catch (error) {
    await release();
    throw error;
  }
}

/** One offscreen document per extension: one left open by a worker that stopped mid-backup is reused. */
async function openOffscreen() {
  const url = pageUrl(pagePaths.offscreenBackup());
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
  if (open.length > 0) return;
  try {
    await browser.offscreen.createDocument({ url, reasons: ['BLOBS' as Browser.offscreen.Reason], justification: OFFSCREEN_JUSTIFICATION });
  } catch (error) {
    // Two wakes racing: the other one opened it between the check and here.
    if (!(error instanceof Error && /single offscreen/i.test(error.message))) throw error;
  }
}

/** How long a download may take before the attempt counts as failed (a local file: seconds, even at 50 MB). */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

/**
 * Starts the download and resolves once the browser has written the file; rejects with the
 * browser's reason when it was interrupted, or after `timeoutMs`. The blob behind the URL
 * must live until then, so the caller frees it only after this settles.
 */
export async function downloadAndWait(options: Browser.downloads.DownloadOptions, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<void> {
  // Listening before the download starts: a small file can complete before download() resolves.
  const seen = new Map<number, Browser.downloads.DownloadDelta>();
  let settle: ((delta: Browser.downloads.DownloadDelta) => void) | undefined;
  let downloadId: number | undefined;
  const onChanged = (delta: Browser.downloads.DownloadDelta) => {
    if (!delta.state?.current || delta.state.current === 'in_progress') return;
    if (delta.id === downloadId) settle?.(delta);
    else seen.set(delta.id, delta);
  };
  browser.downloads.onChanged.addListener(onChanged);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    downloadId = await browser.downloads.download(options);
    const id = downloadId;
    const done = await new Promise<{ state: string; error?: string }>((resolve, reject) => {
      const early = seen.get(id);
      if (early) return resolve({ state: early.state!.current!, error: early.error?.current });
      settle = (delta) => resolve({ state: delta.state!.current!, error: delta.error?.current });
      timer = setTimeout(() => reject(new Error(`it had not finished after ${Math.round(timeoutMs / 1000)} seconds`)), timeoutMs);
      // Finished between download() and now, with its event before we knew the id.
      void browser.downloads.search({ id }).then(([item]) => {
        if (item && item.state !== 'in_progress') resolve({ state: item.state, error: item.error });
      }, () => {});
    });
    if (done.state === 'interrupted') throw new DownloadInterrupted(done.error);
  } finally {
    clearTimeout(timer);
    browser.downloads.onChanged.removeListener(onChanged);
  }
}

export class DownloadInterrupted extends Error {
  constructor(readonly reason: string | undefined) {
    super(interruptedText(reason));
  }
}

/** The browser's interrupt reason in words the backup panel can show. */
export function interruptedText(reason: string | undefined): string {
  switch (reason) {
    case 'FILE_NO_SPACE':
      return 'The disk is full, so the backup file could not be saved. Free some space; it is tried again tomorrow.';
    case 'FILE_ACCESS_DENIED':
    case 'FILE_FAILED':
      return 'The browser could not write to your Downloads folder. Check that it exists and can be written to.';
    case 'FILE_BLOCKED':
    case 'FILE_SECURITY_CHECK_FAILED':
    case 'FILE_VIRUS_INFECTED':
      return 'The browser refused to save the backup file (its security settings blocked it).';
    case 'USER_CANCELED':
    case 'USER_SHUTDOWN':
      return 'The download of the backup file was cancelled before it finished.';
    default:
      return `The browser stopped saving the backup file${reason ? ` (${reason})` : ''}.`;
  }
}
