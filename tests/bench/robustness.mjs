// Capture robustness: for every fixture with a golden record, the share of seeded LinkedIn-style
// variants (re-keyed cards, no roles, extra/missing wrappers, reordered cards, other heading
// languages, hidden copies of every line, a moved top card) whose capture keeps the fields a
// person sees. Runs in headless Chromium with each variant on screen. Nothing here is asserted
// (tests/capture/robustness holds the ≥ 99 % requirement).
//   node tests/bench/robustness.mjs            prints a table (ROBUSTNESS_VARIANTS, ROBUSTNESS_SEED)
//   import { benchRobustness } from './robustness.mjs'   (npm run bench does)
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS, ROOT, SHARED_FIXTURES as SHARED } from './browser.mjs';

const OWN = path.join(ROOT, 'tests/fixtures/linkedin');
const GOLDENS = path.join(OWN, 'goldens');
const LAYOUTS = ['sdui-2026', 'ember-2024', 'public-2024'];
const DEFAULT_SEED = 20_261_209; // tests/capture/robustness/variants.ts

async function bundleMeasure() {
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/capture/robustness/in-browser.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__coffeeRobustness',
    target: 'chrome120',
    alias: { '@': ROOT },
    write: false,
    logLevel: 'silent',
  });
  return `${out.outputFiles[0].text}\nglobalThis.__coffeeRobustness = __coffeeRobustness;`;
}

/** Fixtures with a golden of a saved profile, named as tests/capture/fixtures.ts names them. */
function goldenFixtures() {
  const list = (manifest, root, prefix) =>
    JSON.parse(readFileSync(manifest, 'utf8')).fixtures.map((entry) => ({
      ...entry,
      path: path.join(root, entry.file),
      golden: path.join(GOLDENS, `${prefix}${entry.file.replace(/\.html$/, '').replace(/\//g, '__')}.json`),
    }));
  return [...list(path.join(SHARED, 'manifest.json'), SHARED, ''), ...list(path.join(OWN, 'variants.json'), OWN, 'variant__')]
    .filter((entry) => LAYOUTS.includes(entry.layout) && existsSync(entry.golden))
    .map((entry) => ({ ...entry, record: JSON.parse(readFileSync(entry.golden, 'utf8')) }))
    .filter((entry) => entry.record.ok && entry.record.profile);
}

export async function benchRobustness({
  chromiumPath = CHROMIUM,
  count = Number(process.env.ROBUSTNESS_VARIANTS ?? 200),
  seed = Number(process.env.ROBUSTNESS_SEED ?? DEFAULT_SEED),
} = {}) {
  const measure = await bundleMeasure();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ARGS });
  const rows = [];
  const alone = [];
  try {
    // No page scripts, and no request leaves: offline, photos and logos fail at once inside
    // Chromium (routing them through Playwright would cost a round trip per image per variant).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    for (const entry of goldenFixtures()) {
      const page = await context.newPage();
      await page.evaluate(measure);
      const share = await page.evaluate(
        (run) => globalThis.__coffeeRobustness.runFixture(run),
        {
          html: readFileSync(entry.path, 'utf8'),
          url: entry.url,
          layout: entry.layout,
          golden: entry.record.profile,
          count,
          seed,
          salt: entry.file,
        },
      );
      await page.close();
      const worst = Object.entries(share.byTransform)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 3)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      rows.push({
        fixture: entry.file,
        sizeKB: Math.round(statSync(entry.path).size / 1024),
        variants: share.total,
        exact: share.exact,
        'exact %': +((100 * share.exact) / share.total).toFixed(1),
        'failing variants by transformation (top 3)': worst || '—',
        msPerVariant: +(share.ms / share.total).toFixed(1),
        ok: share.exact / share.total >= 0.99,
      });
      alone.push({
        fixture: entry.file,
        ...Object.fromEntries(
          Object.entries(share.alone).map(([name, a]) => [name, `${Math.round((100 * a.exact) / a.total)}%`]),
        ),
      });
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { seed, count, rows, alone };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { seed, count, rows, alone } = await benchRobustness();
  console.log(`\nCapture robustness: ${count} variants per fixture, master seed ${seed} (target: ≥ 99 % exact)`);
  console.table(rows);
  console.log('\nExact share of the variants that apply one transformation alone (which signal a reader leans on)');
  console.table(alone);
}
