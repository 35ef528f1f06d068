import { captureResult } from '@/lib/capture/capture-result';
import type { CaptureResult } from '@/lib/capture/profile';
import { readPage, type LayoutReaders, type ReadOptions } from '@/lib/capture/read-page';
import { readPublic } from '@/lib/capture/read-public';
import { SIGNED_IN_READER } from '@/lib/capture/read-signed-in';

const ALL_READERS: LayoutReaders = { signedIn: SIGNED_IN_READER, public: readPublic };

/**
 * A whole capture in one call, as the extension runs it across two contexts: readPage in the
 * tab (the injected reader), captureResult in the background. Tests, the robustness suite and
 * the benches read fixtures through this one path.
 */
export function readProfile(doc: Document, url: string, now = Date.now(), options: ReadOptions = {}): CaptureResult {
  const page = readPage(doc, url, ALL_READERS, options);
  if (!page.ok && 'missing' in page) throw new Error(`No ${page.missing} reader`);
  return captureResult(page, now);
}
