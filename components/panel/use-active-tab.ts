import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { canonicalProfileUrl } from '@/lib/capture/profile-url';

export interface ActiveTab {
  tabId: number;
  windowId: number;
  /** Canonical profile URL when the tab shows a LinkedIn profile. */
  profileUrl: string | null;
}

const toActiveTab = (tab: Browser.tabs.Tab | undefined): ActiveTab | undefined =>
  tab?.id === undefined
    ? undefined
    : { tabId: tab.id, windowId: tab.windowId, profileUrl: tab.url ? canonicalProfileUrl(tab.url) : null };

/**
 * The tab the user is looking at, for a page that stays open beside it (the side panel): the
 * active tab of the panel's own window (a side panel belongs to one window), never the page's
 * own tab (the panel's page opened in a tab of its own, as tests and some users do). Tabs are
 * ordered active first, then by when they were last used, so with the page's own tab in front
 * the one the user came from wins. Without a window (none known): any normal window's.
 * @internal exported for its test.
 */
export async function tabBeside(ownTabId: number | undefined, windowId?: number): Promise<ActiveTab | undefined> {
  const query = windowId === undefined ? { windowType: 'normal' as const } : { windowId };
  const tabs = (await browser.tabs.query(query)).filter((t) => t.id !== ownTabId);
  tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return toActiveTab(tabs[0]);
}

const same = (a: ActiveTab | undefined, b: ActiveTab | undefined) =>
  a?.tabId === b?.tabId && a?.windowId === b?.windowId && a?.profileUrl === b?.profileUrl;

/**
 * The tab the page is about. The popup (`follow` false) is about the tab it was opened over and
 * closes when the user moves on. The side panel (`follow` true) stays open, so it follows: a
 * tab switched to, a LinkedIn page that navigated (LinkedIn moves between profiles without page
 * loads), a tab closed, all in its own window: each window has its own panel, so what another
 * window shows is not this panel's business. URLs are visible to us on linkedin.com only.
 */
export function useActiveTab({ follow = false }: { follow?: boolean } = {}): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    if (!follow) {
      void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
        const found = toActiveTab(active);
        if (found) setTab(found);
      });
      return;
    }
    let live = true;
    let asked = 0;
    // Asked once: the panel never changes window.
    const own = browser.tabs.getCurrent().then((t) => t?.id);
    const mine = browser.windows.getCurrent().then((w) => w.id);
    // Events arrive in bursts (activate, then loading, then complete): only the latest answer counts.
    const refresh = () => {
      const ask = ++asked;
      void Promise.all([own, mine]).then(([tabId, windowId]) =>
        tabBeside(tabId, windowId).then((found) => {
          if (live && ask === asked) setTab((previous) => (same(previous, found) ? previous : found));
        }),
      );
    };
    const inMine = (windowId: number) => {
      void mine.then((id) => {
        if (id === undefined || id === windowId) refresh();
      });
    };
    const onActivated = (info: Browser.tabs.OnActivatedInfo) => inMine(info.windowId);
    const onUpdated = (_id: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
      if (change.url !== undefined || change.status === 'complete') inMine(tab.windowId);
    };
    const onRemoved = (_id: number, info: Browser.tabs.OnRemovedInfo) => inMine(info.windowId);
    refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [follow]);
  return tab;
}
