import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { canonicalProfileUrl } from '@/lib/capture/profile-url';

export interface ActiveTab {
  tabId: number;
  /** Canonical profile URL when the tab shows a LinkedIn profile. */
  profileUrl: string | null;
}

/** The tab the popup was opened over. Its URL is visible to us on linkedin.com only. */
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id === undefined) return;
      setTab({ tabId: active.id, profileUrl: active.url ? canonicalProfileUrl(active.url) : null });
    });
  }, []);
  return tab;
}
