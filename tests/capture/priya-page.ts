import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readProfile } from './read-profile';
import { GOLDENS, SHARED_FIXTURES } from './fixtures';
import { parseHtml } from './parse-html';

/**
 * The hand-made SDUI page (Priya Raman) that shape tests rewrite: a shape other projects or real
 * pages show, written into its top card, must keep the rest of the golden capture.
 */
export const PRIYA = readFileSync(path.join(SHARED_FIXTURES, 'sdui-2026-synthetic/priya-raman.html'), 'utf8');
export const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-ux/';
export const NOW = 1_750_000_000_000;
export const GOLDEN = JSON.parse(readFileSync(path.join(GOLDENS, 'sdui-2026-synthetic__priya-raman.json'), 'utf8'));

/** The capture of the Priya page after `edit` changed its top card (or anything else in it). */
export function capture(edit: (top: Element, doc: Document) => void) {
  const doc = parseHtml(PRIYA);
  const top = doc.querySelector('[componentkey$="Topcard"]');
  if (!top) throw new Error('fixture changed: no top card');
  edit(top, doc);
  return JSON.parse(JSON.stringify(readProfile(doc, PRIYA_URL, NOW)));
}
