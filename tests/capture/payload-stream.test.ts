import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProfile } from './read-profile';
import { GOLDENS, OWN_FIXTURES } from './fixtures';
import { closeAll, parseHtml } from './parse-html';

// The embedded payload is one stream of "id:json" rows cut into array strings anywhere (a real
// page: 152 strings holding 364 rows), not one row per string as the fixture writes it.
const PAGE = readFileSync(path.join(OWN_FIXTURES, 'sdui-rsc-payload-elliot-park.html'), 'utf8');
const URL = 'https://www.linkedin.com/in/elliot-park-dev/';
const NOW = 1_750_000_000_000;
const GOLDEN = JSON.parse(readFileSync(path.join(GOLDENS, 'variant__sdui-rsc-payload-elliot-park.json'), 'utf8'));

afterAll(closeAll);

/** The page with its payload rows joined into one stream and cut every `size` characters (or at `at`). */
function cutEvery(size: number, separateScripts = false, at?: (stream: string) => number[]): Document {
  const doc = parseHtml(PAGE);
  const script = doc.getElementById('rehydrate-data');
  const source = script?.textContent ?? '';
  const rows = JSON.parse(source.slice(source.indexOf('=') + 1, source.lastIndexOf(';'))) as string[];
  const stream = rows.map((row) => `${row}\n`).join('');
  const pieces: string[] = [];
  const cuts = at ? at(stream) : Array.from({ length: Math.ceil(stream.length / size) }, (_, i) => i * size);
  [0, ...cuts.filter(Boolean), stream.length].reduce((from, to) => (pieces.push(stream.slice(from, to)), to));
  if (!script) throw new Error('fixture changed: no payload');
  if (!separateScripts) script.textContent = `window.__como_rehydration__=${JSON.stringify(pieces)};`;
  else {
    script.replaceWith(...pieces.map((piece) => Object.assign(doc.createElement('script'), { textContent: `(self.__como=self.__como||[]).push(${JSON.stringify(piece)})` })));
  }
  return doc;
}

describe('a payload whose rows are cut across strings', () => {
  it.each([7, 61, 250, 1000])('reads the same at a cut every %i characters', (size) => {
    expect(JSON.parse(JSON.stringify(readProfile(cutEvery(size), URL, NOW)))).toEqual(GOLDEN);
  });

  it.each([0, 1, 2, 3, 4, 5])('reads the same when the top card\'s row is cut %i characters into its id "6a:["', (offset) => {
    const doc = cutEvery(0, false, (stream) => [stream.indexOf('\n6a:[') + 1 + offset]);
    expect(JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)))).toEqual(GOLDEN);
  });

  it('is not thrown off by other JSON that names the same keys, in the script before it', () => {
    const doc = cutEvery(61);
    const before = Object.assign(doc.createElement('script'), { textContent: 'var seen={"componentKey":"cafe","observabilityIdentifier":"add"};' });
    doc.getElementById('rehydrate-data')?.before(before);
    expect(JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)))).toEqual(GOLDEN);
  });

  it('is not thrown off by such JSON between two rows, right before the top card\'s', () => {
    // Row "0" in one script, row "6a" (the top card) in the next: a leftover "componentKey" kept
    // as the start of a row would be glued onto "6a:[…" and lose it.
    const doc = cutEvery(0, true, (stream) => [stream.indexOf('\n6a:[') + 1]);
    const [, second] = [...doc.querySelectorAll('script')].filter((el) => el.textContent?.startsWith('(self.__como'));
    second?.before(Object.assign(doc.createElement('script'), { textContent: 'var seen={"componentKey":"cafe"};' }));
    expect(JSON.parse(JSON.stringify(readProfile(doc, URL, NOW)))).toEqual(GOLDEN);
  });

  it('reads the same when each piece is pushed by a script of its own', () => {
    expect(JSON.parse(JSON.stringify(readProfile(cutEvery(61, true), URL, NOW)))).toEqual(GOLDEN);
  });
});
