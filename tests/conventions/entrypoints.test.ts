import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../entrypoints');
/** The app roots: React may live here and nowhere else in entrypoints/. */
const ROOTS = new Set(['App.tsx', 'main.tsx']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const files = filesUnder(ROOT).filter((f) => /\.(ts|tsx)$/.test(f));
const name = (file: string) => relative(ROOT, file);

describe('entrypoints/ holds wiring only', () => {
  it('has no React components beyond the app roots', () => {
    const strays = files.filter((f) => f.endsWith('.tsx') && !ROOTS.has(f.split(/[\\/]/).pop()!)).map(name);
    expect(strays).toEqual([]);
    // A component written in a .ts file (createElement) would slip past the check above.
    const elements = files.filter((f) => /\bcreateElement\(/.test(readFileSync(f, 'utf8'))).map(name);
    // The in-page button builds plain DOM in a closed shadow root: React would not fit its budget.
    expect(elements.filter((f) => !f.startsWith('page-button'))).toEqual([]);
  });

  it('declares at most one component per app root', () => {
    for (const file of files.filter((f) => f.endsWith('App.tsx'))) {
      const components = readFileSync(file, 'utf8').match(/^(?:export (?:default )?)?function [A-Z]\w*\s*\(/gm) ?? [];
      expect(components, name(file)).toHaveLength(1);
    }
  });

  it('opens no database at module scope in the pages (tests and each render pass their own)', () => {
    const pages = files.filter((f) => !name(f).startsWith('background'));
    const atTop = pages.filter((f) => /^(?:export )?const \w+ = getDb\(\)/m.test(readFileSync(f, 'utf8'))).map(name);
    expect(atTop).toEqual([]);
  });

  it('builds extension page URLs only through lib/pages/page-urls', () => {
    const handBuilt = files
      .filter((f) => /getURL\(\s*[`'"]\/(?:popup|workspace)\.html/.test(readFileSync(f, 'utf8')))
      .map(name);
    expect(handBuilt).toEqual([]);
  });
});
