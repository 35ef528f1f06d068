import { readProfile } from '../read-profile';
import type { Layout } from './transforms';
import { measureFixture, type FixtureShare } from './variants';

/**
 * The robustness measure as run by `npm run bench` inside headless Chromium: each variant is
 * put on screen (imported into the live document) before it is read, so whatever the readers
 * ask about visibility is answered by a real layout engine.
 */
export interface BrowserRun {
  html: string;
  url: string;
  layout: Layout;
  golden: Record<string, unknown>;
  count: number;
  seed: number;
  salt: string;
}

export async function runFixture(run: BrowserRun): Promise<FixtureShare & { ms: number }> {
  const parser = new DOMParser();
  const started = performance.now();
  const share = await measureFixture({
    load: () => parser.parseFromString(run.html, 'text/html'),
    layout: run.layout,
    golden: run.golden,
    count: run.count,
    seed: run.seed,
    salt: run.salt,
    read: (doc) => readProfile(doc, run.url, 1_750_000_000_000),
    show: (variant) => {
      document.replaceChild(document.importNode(variant.documentElement, true), document.documentElement);
      return document;
    },
  });
  return { ...share, ms: performance.now() - started };
}
