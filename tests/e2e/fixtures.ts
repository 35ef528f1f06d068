import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { LinkedInServer } from './linkedin-routes';

export const EXTENSION = path.resolve(here, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Fixtures {
  context: BrowserContext;
  linkedin: LinkedInServer;
  serviceWorker: Worker;
  extensionId: string;
}

/**
 * Headless Chromium with the built extension, on the given profile. Launching again on the same
 * profile is a browser restart: same extension id, same database, alarms as Chrome kept them.
 * `extension`: another unpacked copy of the build (a spec that must change its manifest).
 */
export function launchExtension(userDataDir: string, extension = EXTENSION): Promise<BrowserContext> {
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`${extension}/manifest.json is missing: run "npm run build" first (npm run test:e2e does it for you).`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
}

/** One headless Chromium with the built extension loaded, and LinkedIn served from fixtures. */
export const test = base.extend<Fixtures>({
  linkedin: async ({}, use) => {
    await use(new LinkedInServer());
  },
  context: async ({ linkedin }, use) => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'coffee-chat-e2e-'));
    const context = await launchExtension(userDataDir);
    await linkedin.install(context);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
