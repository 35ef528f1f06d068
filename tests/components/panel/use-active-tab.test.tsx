// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useActiveTab } from '@/components/panel/use-active-tab';

type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number];
const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-ux/';
const OMAR_URL = 'https://www.linkedin.com/in/omar-haddad/';
const t = (id: number, windowId: number, active: boolean, url: string) => ({ id, windowId, active, lastAccessed: id, url }) as Tab;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
beforeEach(() => fakeBrowser.reset());

describe('a side panel follows the active tab of its own window', () => {
  it('ignores tabs switched to in another window, even one focused later', async () => {
    // The panel lives in window 1; window 2 is another window, focused last.
    let tabs = [t(1, 1, true, PRIYA_URL), t(2, 2, true, OMAR_URL)];
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q: { windowId?: number }) =>
      tabs.filter((x) => q.windowId === undefined || x.windowId === q.windowId),
    );
    const { result } = renderHook(() => useActiveTab({ follow: true }));
    await waitFor(() => expect(result.current).toMatchObject({ tabId: 1, windowId: 1, profileUrl: PRIYA_URL }));

    tabs = [t(1, 1, true, PRIYA_URL), t(2, 2, false, OMAR_URL), t(3, 2, true, 'https://www.linkedin.com/in/someone-new/')];
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: 2 });
    await fakeBrowser.windows.onFocusChanged.trigger(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(result.current).toMatchObject({ tabId: 1, profileUrl: PRIYA_URL });

    // A tab switched to in its own window is followed.
    tabs = [t(1, 1, false, PRIYA_URL), t(4, 1, true, OMAR_URL), ...tabs.slice(1)];
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    await waitFor(() => expect(result.current).toMatchObject({ tabId: 4, windowId: 1, profileUrl: OMAR_URL }));
  });
});
