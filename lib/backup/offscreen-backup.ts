import { browser } from 'wxt/browser';
import type { CoffeeChatDB } from '@/lib/db/database';
import { exportBackup } from '@/lib/db/backup';
import { OffscreenRequests, type OffscreenResponses } from '@/lib/messaging/protocol';
import { createRouter, listenWithRouter } from '@/lib/messaging/router';

/**
 * The offscreen document's side of the weekly backup (Chrome only). It is an extension page, so
 * it may open the database: it builds the same file the Export button makes and answers with a
 * blob: URL of it, which downloads.download can fetch (the worker cannot make one). The URL
 * lives as long as the document; the worker closes it once the download has finished.
 */
export function createOffscreenRoute(db: CoffeeChatDB) {
  return createRouter<typeof OffscreenRequests, OffscreenResponses>(
    {
      extensionId: browser.runtime.id,
      pageOrigin: browser.runtime.getURL('/'),
      // The worker only: a content script may never ask for the user's whole database.
      contentScriptTypes: [],
      // It writes nothing, so it needs no request id to be safe to ask twice.
      readOnlyTypes: ['offscreenBackup'],
    },
    OffscreenRequests,
    {
      async offscreenBackup({ now, settings }) {
        const { fileName, blob } = await exportBackup(db, now, undefined, settings);
        return { url: URL.createObjectURL(blob), fileName };
      },
    },
  );
}

/** The offscreen page's one listener. Everything else (the pages' requests to the worker) gets no answer from here. */
export function listenForOffscreenRequests(db: CoffeeChatDB) {
  listenWithRouter(createOffscreenRoute(db));
}
