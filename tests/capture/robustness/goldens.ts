import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { allFixtures, GOLDENS, type FixtureEntry } from '../fixtures';
import type { Layout } from './transforms';

export interface GoldenFixture {
  entry: FixtureEntry;
  layout: Layout;
  /** The golden record's profile: what a correct capture of the page holds. */
  profile: Record<string, unknown>;
  bytes: number;
}

const LAYOUTS: readonly Layout[] = ['sdui-2026', 'ember-2024', 'public-2024'];

/** Every fixture with a golden record of a saved profile (refusals have nothing to keep). */
export function goldenFixtures(): GoldenFixture[] {
  const out: GoldenFixture[] = [];
  for (const entry of allFixtures) {
    const file = path.join(GOLDENS, `${entry.name}.json`);
    if (!existsSync(file) || !LAYOUTS.includes(entry.layout as Layout)) continue;
    const golden = JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; profile?: Record<string, unknown> };
    if (!golden.ok || !golden.profile) continue;
    out.push({ entry, layout: entry.layout as Layout, profile: golden.profile, bytes: statSync(entry.path).size });
  }
  return out;
}
