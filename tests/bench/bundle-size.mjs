// Raw and gzip size of every built entry. The content script has two parts: the always-on
// one (button + page detection, on every LinkedIn page: ≤ 5 KB gzip) and the reader, injected
// only when a capture runs; together ≤ 15 KB gzip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION } from './browser.mjs';

export const ALWAYS_ON = 'page-button.js';
export const READER = 'profile-reader.js';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export function bundleSizes() {
  return walk(EXTENSION)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((file) => {
      const rel = path.relative(EXTENSION, file);
      const gz = gzipKB(file);
      const target = rel === ALWAYS_ON ? 5 : undefined;
      return {
        file: rel,
        rawKB: +(statSync(file).size / 1024).toFixed(1),
        gzipKB: +gz.toFixed(1),
        target: target ? `≤ ${target} KB gzip` : '',
        ok: target ? gz <= target : undefined,
      };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
}

/** The content script's budget: what every LinkedIn page loads, and what a capture adds. */
export function contentScriptBudget() {
  const alwaysOn = gzipKB(path.join(EXTENSION, ALWAYS_ON));
  const reader = gzipKB(path.join(EXTENSION, READER));
  return [
    { part: `always-on (${ALWAYS_ON}, every LinkedIn page)`, gzipKB: +alwaysOn.toFixed(2), target: '≤ 5 KB', ok: alwaysOn <= 5 },
    { part: `reader (${READER}, injected per capture)`, gzipKB: +reader.toFixed(2), target: '', ok: undefined },
    { part: 'total', gzipKB: +(alwaysOn + reader).toFixed(2), target: '≤ 15 KB', ok: alwaysOn + reader <= 15 },
  ];
}

/**
 * What opening a page downloads before it can show anything: the entry script and every chunk
 * its HTML preloads (lazy views such as the popup's drafting screen come later, on first use).
 */
export function pageFirstLoad(pages = ['popup.html', 'workspace.html']) {
  return pages.map((page) => {
    const html = readFileSync(path.join(EXTENSION, page), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    const gz = scripts.reduce((sum, file) => sum + gzipKB(path.join(EXTENSION, file)), 0);
    return { page, chunks: scripts.map((f) => path.basename(f).replace(/-[\w-]{8}\.js$/, '')).join(' + '), gzipKB: +gz.toFixed(1) };
  });
}
