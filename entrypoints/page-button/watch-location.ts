/**
 * Calls back with the new address after every navigation that arrived, including LinkedIn's
 * pushState ones. Our own, not WXT's ctx location watcher: that one dispatches an event named
 * after the extension id on `window`, which the page could listen for or forge.
 */
export function watchLocation(onChange: (href: string) => void): () => void {
  let last = location.href;
  const changed = (href: string) => {
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // After the entry changed, not at `navigate`: a navigation can start and never arrive (a
    // 204 answer, a cancelled click, a download, LinkedIn's bot-check page refreshing itself),
    // and the Save button must not go while its profile is still on screen. A load of another
    // document replaces this one, script and all, so only same-document moves need telling.
    const listener = () => changed(navigation.currentEntry?.url ?? location.href);
    navigation.addEventListener('currententrychange', listener);
    return () => navigation.removeEventListener('currententrychange', listener);
  }
  // Browsers without the Navigation API.
  const timer = setInterval(() => changed(location.href), 1000);
  return () => clearInterval(timer);
}

type NavigationLike = EventTarget & { currentEntry?: { url?: string | null } | null };
