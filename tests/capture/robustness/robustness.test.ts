import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readProfile } from '../read-profile';
import { goldenFixtures } from './goldens';
import { DEFAULT_SEED, measureFixture } from './variants';

/**
 * LinkedIn re-keys cards, drops roles, wraps and unwraps divs, reorders cards, changes the UI
 * language, pre-renders hidden copies and moves the top card. A reader that leans on one signal
 * breaks on the first of these; this suite requires the fields a person sees to survive ≥ 99 %
 * of seeded variants of every page with a golden record.
 *
 * Cost: each variant is parsed into its own happy-dom window (cloned documents are never freed),
 * about 0.1 s for an SDUI page and 1.5 s for one of the 200–600 KB Ember and public pages on the
 * shared 2-core machine. Those get ROBUSTNESS_HEAVY_VARIANTS (default 10: every transformation
 * once, then combinations) here; `npm run bench` runs ≥ 200 of every page in Chromium.
 */
const SEED = Number(process.env.ROBUSTNESS_SEED ?? DEFAULT_SEED);
const VARIANTS = Number(process.env.ROBUSTNESS_VARIANTS ?? 25);
const HEAVY_VARIANTS = Number(process.env.ROBUSTNESS_HEAVY_VARIANTS ?? 5);
const HEAVY_BYTES = 100_000;
const CAPTURED_AT = 1_750_000_000_000;
const REQUIRED_SHARE = 0.99;

const windows = new Map<Document, Window>();

function load(html: string): Document {
  const window = new Window({ url: 'about:blank' });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  windows.set(doc, window);
  return doc;
}

async function done(doc: Document): Promise<void> {
  await windows.get(doc)?.happyDOM.close();
  windows.delete(doc);
}

describe('captures survive the changes LinkedIn makes to its markup', () => {
  it.each(goldenFixtures())(
    '$entry.file keeps its golden fields in ≥ 99% of variants',
    async ({ entry, layout, profile, bytes }) => {
      const html = readFileSync(entry.path, 'utf8');
      const count = bytes > HEAVY_BYTES ? HEAVY_VARIANTS : VARIANTS;
      const share = await measureFixture({
        load: () => load(html),
        done,
        layout,
        golden: profile,
        count,
        seed: SEED,
        salt: entry.file,
        read: (variant) => readProfile(variant, entry.url, CAPTURED_AT),
      });
      const report = [
        `${share.exact}/${share.total} exact (${((100 * share.exact) / share.total).toFixed(1)}%), master seed ${SEED}`,
        `each transformation alone, exact/total: ${Object.entries(share.alone)
          .map(([name, { exact, total }]) => `${name} ${exact}/${total}`)
          .join(', ')}`,
        `failing variants per transformation they include: ${JSON.stringify(share.byTransform)}`,
        ...share.failures.slice(0, 20).map((f) => `  ${f.variant}: ${f.fields.join(', ')}`),
        `replay: ROBUSTNESS_SEED=${SEED} npx vitest run tests/capture/robustness -t '${entry.file}'`,
      ].join('\n');
      expect(share.exact / share.total, report).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    },
    600_000,
  );
});
