// Raw and gzip size of every built entry; the content script must stay within 15 KB gzip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION } from './browser.mjs';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function bundleSizes() {
  return walk(EXTENSION)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((file) => {
      const raw = readFileSync(file);
      const rel = path.relative(EXTENSION, file);
      const gzipKB = gzipSync(raw, { level: 9 }).length / 1024;
      const isContent = rel.startsWith('content-scripts/') && rel.endsWith('.js');
      return {
        file: rel,
        rawKB: +(raw.length / 1024).toFixed(1),
        gzipKB: +gzipKB.toFixed(1),
        target: isContent ? '≤ 15 KB gzip' : '',
        ok: isContent ? gzipKB <= 15 : undefined,
      };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
}
