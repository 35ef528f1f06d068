// Extraction speed: readProfile on every fixture page, in headless Chromium, timed inside the
// page so Playwright's round trips are not counted. Nothing here is asserted.
//   node tests/bench/extraction.mjs            prints a table
//   import { benchExtraction } from './extraction.mjs'   (npm run bench does)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS, ROOT, SHARED_FIXTURES as SHARED } from './browser.mjs';

const OWN = path.join(ROOT, 'tests/fixtures/linkedin');
const TARGET_MS = 10;

/** readProfile as a classic script defining `__coffeeCapture`, with `@/` resolved to the repo root. */
async function bundleReader() {
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/capture/read-profile.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__coffeeCapture',
    target: 'chrome120',
    alias: { '@': ROOT },
    write: false,
    logLevel: 'silent',
  });
  // Playwright may wrap an evaluated string in a function, so the global is set explicitly.
  return `${out.outputFiles[0].text}\nglobalThis.__coffeeCapture = __coffeeCapture;`;
}

function fixtures() {
  const list = (manifest, root) =>
    JSON.parse(readFileSync(manifest, 'utf8')).fixtures.map((entry) => ({ ...entry, path: path.join(root, entry.file) }));
  return [...list(path.join(SHARED, 'manifest.json'), SHARED), ...list(path.join(OWN, 'variants.json'), OWN)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function benchExtraction({ chromiumPath = CHROMIUM, runs = 50 } = {}) {
  const reader = await bundleReader();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const rows = [];
  try {
    // The pages' own scripts stay off (they are LinkedIn's app, and the bot check redirects);
    // Playwright's evaluate still runs ours.
    const context = await browser.newContext({ javaScriptEnabled: false });
    let current;
    await context.route('**/*', (route) => {
      const request = route.request();
      return request.resourceType() === 'document' && request.url() === current?.url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(current.path) })
        : route.fulfill({ status: 204, body: '' });
    });
    const page = await context.newPage();
    for (const entry of fixtures()) {
      current = entry;
      await page.goto(entry.url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(reader);
      const { times, ok } = await page.evaluate(
        ({ url, n }) => {
          const { readProfile } = globalThis.__coffeeCapture;
          for (let i = 0; i < 3; i++) readProfile(document, url);
          const times = [];
          let result;
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            result = readProfile(document, url);
            times.push(performance.now() - t0);
          }
          return { times, ok: result.ok };
        },
        { url: entry.url, n: runs },
      );
      const medianMs = +median(times).toFixed(2);
      rows.push({
        fixture: entry.file,
        sizeKB: Math.round(statSync(entry.path).size / 1024),
        medianMs,
        p95Ms: +percentile(times, 95).toFixed(2),
        // Fast enough, and a profile exactly where the manifest expects one.
        ok: medianMs < TARGET_MS && ok === (entry.expect.isProfile !== false),
      });
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchExtraction();
  console.log(`\nreadProfile per fixture in headless Chromium (target: median < ${TARGET_MS} ms)`);
  console.table(rows);
}
