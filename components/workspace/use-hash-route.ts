import { useEffect, useMemo, useState } from 'react';
import { parseRoute, type Route } from '@/lib/workspace/routes';

/** The route in the address bar's hash, following back/forward and link clicks. */
export function useHashRoute(win: Window = window): Route {
  const [hash, setHash] = useState(() => win.location.hash);
  useEffect(() => {
    const onChange = () => setHash(win.location.hash);
    win.addEventListener('hashchange', onChange);
    return () => win.removeEventListener('hashchange', onChange);
  }, [win]);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(hash: string, win: Window = window): void {
  if (win.location.hash !== hash) win.location.hash = hash;
}
