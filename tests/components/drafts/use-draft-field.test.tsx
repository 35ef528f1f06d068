// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { readDraft } from '@/lib/drafts/drafts';
import { freshDrafts } from '../../helpers/drafts';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const KEY = { surface: 'composer' as const, scope: 'c1', field: 't-ask' };
/** What the page's storage holds, whatever its keys are named. */
const stored = () => Array.from({ length: localStorage.length }, (_, i) => JSON.parse(localStorage.getItem(localStorage.key(i) ?? '') ?? '{}'));

// The popup closes the moment the user clicks into LinkedIn: the store's write begun in
// pagehide may never finish, so the text must be kept before the handler returns.
describe('useDraftField when the page hides', () => {
  it('keeps the unsaved text synchronously, and lets the journal go once the store has it', async () => {
    const { db, wrapper } = freshDrafts();
    const { result } = renderHook(() => useDraftField(KEY, 'Hi Priya,'), { wrapper });
    act(() => result.current.set('Hi Priya, would you be open to a call'));

    window.dispatchEvent(new Event('pagehide'));
    // Nothing awaited yet: this is all a page that is going away gets to keep.
    expect(stored().map((entry) => entry.value)).toEqual(['Hi Priya, would you be open to a call']);

    await waitFor(() => expect(stored()).toEqual([]));
    expect((await readDraft(db, KEY))?.value).toBe('Hi Priya, would you be open to a call');
  });

  it('journals nothing when there is nothing unsaved', () => {
    const { wrapper } = freshDrafts();
    renderHook(() => useDraftField(KEY, 'Hi Priya,'), { wrapper });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });
});
