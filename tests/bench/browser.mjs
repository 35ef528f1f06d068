// Headless Chromium for the benchmarks, launched the way the e2e suite does it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
// CC_EXTENSION: a copy of the build, so a long soak is not changed under it by the next `wxt build`.
export const EXTENSION = process.env.CC_EXTENSION ?? path.join(ROOT, '.output/chrome-mv3');
export const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures/linkedin');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension() {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error('Run "npm run build" first.');
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'cc-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** Serve fixture files at their LinkedIn URLs; everything else on LinkedIn's hosts gets a 204. */
export async function serveLinkedIn(context, pages) {
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(linkedin\.com|licdn\.com)\//, (route) => {
    const req = route.request();
    const file = req.resourceType() === 'document' ? pages[req.url()] : undefined;
    return file
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) })
      : route.fulfill({ status: 204, body: '' });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Centre of the card element with this data-role, found through the closed root. */
export async function centerOf(cdp, role) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const attrs = (n) => Object.fromEntries((n.attributes ?? []).flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]]])));
  const find = (n) => {
    if (attrs(n)['data-role'] === role) return n;
    for (const child of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const node = find(root);
  if (!node) throw new Error(`No ${role} control on the page`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
  const [x1, y1, , , x3, y3] = model.border;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** The ids of the stored contacts, read in an extension context (the worker or a page). */
export function contactIds(target) {
  return target.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('coffee-chat');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('contacts').objectStore('contacts').getAllKeys();
          keys.onsuccess = () => resolve(keys.result);
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}
