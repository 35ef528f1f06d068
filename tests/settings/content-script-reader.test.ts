import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Every module the content script pulls in, following static imports (type-only ones ship nothing). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith(ROOT)) return; // a package: recorded, not followed
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, spec] of source.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
      if (typeOnly || !spec) continue;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) {
        seen.add(spec);
        continue;
      }
      const base = spec.startsWith('@/') ? resolve(ROOT, spec.slice(2)) : resolve(dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}

describe('the content script’s settings reader', () => {
  it('reads the key from the one definition and ships neither zod nor the pages’ settings module', () => {
    const graph = [...importGraph(resolve(ROOT, 'entrypoints/page-button/index.ts'))];
    expect(graph).toContain(resolve(ROOT, 'lib/page-button-setting.ts'));
    expect(graph.filter((m) => m === 'zod' || m.startsWith('zod/') || m === 'wxt/utils/storage')).toEqual([]);
    expect(graph).not.toContain(resolve(ROOT, 'lib/settings.ts'));
    // And the pages' storage item is built on the same key (lib/settings.ts imports it).
    expect(readFileSync(resolve(ROOT, 'lib/settings.ts'), 'utf8')).toMatch(/defineItem<Settings>\(SETTINGS_ITEM_KEY/);
    expect(readFileSync(resolve(ROOT, 'entrypoints/page-button/index.ts'), 'utf8')).not.toMatch(/['"]settings['"]/);
  });
});
