/**
 * Calls back with the new address on every navigation, including LinkedIn's pushState ones.
 * Our own, not WXT's ctx location watcher: that one dispatches an event named after the
 * extension id on `window`, which the page could listen for or forge.
 */
export function watchLocation(onChange: (href: string) => void): () => void {
  let last = location.href;
  const changed = (href: string) => {
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Fires before location.href changes, so the address comes from the event.
    const listener = (event: Event) => {
      const url = (event as Event & { destination?: { url?: string } }).destination?.url;
      if (url) changed(url);
    };
    navigation.addEventListener('navigate', listener);
    return () => navigation.removeEventListener('navigate', listener);
  }
  // Browsers without the Navigation API.
  const timer = setInterval(() => changed(location.href), 1000);
  return () => clearInterval(timer);
}
