// Raw and gzip size of every built entry. The content script has two parts: the always-on
// one (button + page detection, on every LinkedIn page: ≤ 5 KB gzip) and a reader, injected
// only when a capture runs; together ≤ 15 KB gzip. There are two reader files (signed-in and
// public page) and a capture loads the one its page needs, so each is checked with the always-on
// part; a page where the first finds no name loads both (a failing capture, shown for reference).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION } from './browser.mjs';

export const ALWAYS_ON = 'page-button.js';
export const READERS = ['profile-reader.js', 'public-reader.js'];

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
  const readers = READERS.map((file) => ({ file, gz: gzipKB(path.join(EXTENSION, file)) }));
  const row = (part, gz, target) => ({ part, gzipKB: +gz.toFixed(2), target: target ? `≤ ${target} KB` : '', ok: target ? gz <= target : undefined });
  return [
    row(`always-on (${ALWAYS_ON}, every LinkedIn page)`, alwaysOn, 5),
    ...readers.map(({ file, gz }) => row(`reader (${file}, injected per capture)`, gz)),
    ...readers.map(({ file, gz }) => row(`total: always-on + ${file}`, alwaysOn + gz, 15)),
    row('both readers (a page the first reader finds no name on)', alwaysOn + readers.reduce((sum, r) => sum + r.gz, 0)),
  ];
}

/**
 * What opening a page downloads before it can show anything: the entry script and every chunk
 * its HTML preloads (lazy views such as the popup's drafting screen come later, on first use).
 */
export function pageFirstLoad(pages = ['popup.html', 'sidepanel.html', 'workspace.html', 'offscreen-backup.html']) {
  return pages.map((page) => {
    const html = readFileSync(path.join(EXTENSION, page), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    const gz = scripts.reduce((sum, file) => sum + gzipKB(path.join(EXTENSION, file)), 0);
    return { page, chunks: scripts.map((f) => path.basename(f).replace(/-[\w-]{8}\.js$/, '')).join(' + '), gzipKB: +gz.toFixed(1) };
  });
}
