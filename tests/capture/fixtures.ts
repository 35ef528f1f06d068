import { readFileSync } from 'node:fs';
import path from 'node:path';

/** CI clones the repository with shared/ beside it, as on the team's machines. */
export const SHARED_FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/linkedin');
export const OWN_FIXTURES = path.resolve(__dirname, '../fixtures/linkedin');
export const GOLDENS = path.join(OWN_FIXTURES, 'goldens');

export interface FixtureEntry {
  file: string;
  url: string;
  layout?: string;
  note?: string;
  expect: Record<string, unknown>;
  /** Absolute path of the page. */
  path: string;
  /** Golden file name: the fixture's path with "/" as "__". */
  name: string;
}

function load(manifest: string, root: string, prefix: string): FixtureEntry[] {
  const fixtures = JSON.parse(readFileSync(manifest, 'utf8')).fixtures as Omit<FixtureEntry, 'path' | 'name'>[];
  return fixtures.map((entry) => ({
    ...entry,
    path: path.join(root, entry.file),
    name: prefix + entry.file.replace(/\.html$/, '').replace(/\//g, '__'),
  }));
}

export const sharedFixtures = load(path.join(SHARED_FIXTURES, 'manifest.json'), SHARED_FIXTURES, '');
export const variantFixtures = load(path.join(OWN_FIXTURES, 'variants.json'), OWN_FIXTURES, 'variant__');
export const allFixtures = [...sharedFixtures, ...variantFixtures];
