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
  const release = closeBackupPage;
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

/** Closes the offscreen page a run opened (Chrome only; Chrome refuses when none is open, which is fine). */
export async function closeBackupPage(): Promise<void> {
  if (!(browser as Partial<typeof browser>).offscreen?.closeDocument) return;
  await browser.offscreen.closeDocument().catch(() => {});
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
 * must live until then, so the caller frees it only after this settles. `onStarted` hears the
 * download's id before the wait, to store it: the worker may be stopped while it waits.
 */
export async function downloadAndWait(
  options: Browser.downloads.DownloadOptions,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
  onStarted?: (downloadId: number) => Promise<void>,
): Promise<void> {
  // Listening before the download starts: a small file can complete before download() resolves.
  const watch = watchDownloadEnds();
  try {
    const id = await browser.downloads.download(options);
    await onStarted?.(id);
    await watch.end(id, timeoutMs);
  } finally {
    watch.stop();
  }
}

/** Waits for a download started earlier (by a worker since stopped), as downloadAndWait does. */
export async function waitForDownload(id: number, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<void> {
  const watch = watchDownloadEnds();
  try {
    await watch.end(id, timeoutMs);
  } finally {
    watch.stop();
  }
}

function watchDownloadEnds() {
  const seen = new Map<number, DownloadEnd>();
  const waiting = new Map<number, (end: DownloadEnd) => void>();
  const onChanged = (delta: Browser.downloads.DownloadDelta) => {
    if (!delta.state?.current || delta.state.current === 'in_progress') return;
    const end = { state: delta.state.current, error: delta.error?.current };
    const settle = waiting.get(delta.id);
    if (settle) settle(end);
    else seen.set(delta.id, end);
  };
  browser.downloads.onChanged.addListener(onChanged);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    async end(id: number, timeoutMs: number): Promise<void> {
      const done = await new Promise<DownloadEnd>((resolve, reject) => {
        const early = seen.get(id);
        if (early) return resolve(early);
        waiting.set(id, resolve);
        timer = setTimeout(() => reject(new Error(`it had not finished after ${Math.round(timeoutMs / 1000)} seconds`)), timeoutMs);
        // Finished before we listened for its id (or before we listened at all).
        void browser.downloads.search({ id }).then(([item]) => {
          if (item && item.state !== 'in_progress') resolve({ state: item.state, error: item.error });
        }, () => {});
      });
      if (done.state === 'interrupted') throw new DownloadInterrupted(done.error);
    },
    stop() {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(onChanged);
    },
  };
}

interface DownloadEnd {
  state: string;
  error?: string;
}

/**
 * The download of a run a stopped worker left, as the browser knows it now (download ids
 * outlive a restart). Stopped before download() returned, the worker never stored the id: then
 * it is the download this extension started since the run began, if the browser got that far.
 */
export async function findRunDownload(run: { at: number; downloadId?: number }): Promise<Browser.downloads.DownloadItem | undefined> {
  if (run.downloadId !== undefined) return (await browser.downloads.search({ id: run.downloadId }))[0];
  const since = await browser.downloads.search({ startedAfter: new Date(run.at - 1000).toISOString(), orderBy: ['-startTime'] });
  return since.find((item) => item.byExtensionId === browser.runtime.id);
}

/** Interrupted by the browser closing or crashing: no file, and nothing the user needs to fix. */
export function cutOffByBrowser(reason: string | undefined): boolean {
  return reason === 'USER_SHUTDOWN' || reason === 'CRASH';
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
