import { afterAll, describe, expect, it } from 'vitest';
import { captureResult } from '@/lib/capture/capture-result';
import { readPage, type LayoutReaders } from '@/lib/capture/read-page';
import { readPublic } from '@/lib/capture/read-public';
import { SIGNED_IN_READER } from '@/lib/capture/read-signed-in';
import { ReaderResult } from '@/lib/messaging/protocol';
import { readProfile } from './read-profile';
import { allFixtures } from './fixtures';
import { closeAll, parseFile } from './parse-html';

const READERS: LayoutReaders = { signedIn: SIGNED_IN_READER, public: readPublic };
const NOW = 1_750_000_000_000;

afterAll(closeAll);

// The readers hand over entry lines and warning codes, which the background parses at the
// boundary and then completes (capture-result.ts). The tests elsewhere call captureResult on
// the reader's answer directly: here every fixture's answer goes through the boundary parse
// first, as in the extension, and must come out as the same capture.
describe('the reader answer crosses the boundary', () => {
  it.each(allFixtures)('$file parses as a ReaderResult and captures the same', (entry) => {
    const doc = parseFile(entry.path);
    const answer = readPage(doc, entry.url, READERS);
    const parsed = ReaderResult.safeParse(structuredClone(answer));
    expect(parsed.success, parsed.error?.message).toBe(true);
    if (!parsed.success || 'missing' in parsed.data) throw new Error('not an answer');
    expect(captureResult(parsed.data, NOW)).toEqual(readProfile(doc, entry.url, NOW));
  });
});
