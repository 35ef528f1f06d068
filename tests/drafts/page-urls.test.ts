import { describe, expect, it } from 'vitest';
import { draftRequestOf, pagePaths } from '@/lib/pages/page-urls';
import { parseRoute } from '@/lib/workspace/routes';

describe('extension page URLs', () => {
  it('builds the popup’s drafting link the popup reads back, with odd ids intact', () => {
    const path = pagePaths.draft('a&b c/ü', 'thank-you');
    expect(draftRequestOf(new URL(path, 'chrome-extension://x').search)).toEqual({ contactId: 'a&b c/ü', kind: 'thank-you' });
    expect(draftRequestOf(new URL(pagePaths.draft('p1'), 'chrome-extension://x').search)).toEqual({ contactId: 'p1', kind: null });
    expect(draftRequestOf('')).toBeUndefined();
  });

  it('builds workspace links the workspace routes', () => {
    const hashOf = (path: string) => new URL(path, 'chrome-extension://x').hash;
    expect(parseRoute(hashOf(pagePaths.contact('a/b')))).toEqual({ page: 'contact', id: 'a/b' });
    expect(parseRoute(hashOf(pagePaths.dueList()))).toEqual({ page: 'contacts', due: true });
    expect(parseRoute(hashOf(pagePaths.settings()))).toEqual({ page: 'settings' });
  });
});
