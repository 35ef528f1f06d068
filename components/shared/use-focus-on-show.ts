import { useCallback, useRef } from 'react';

/**
 * A ref for the heading of a view a button just opened: focus lands on it once, when it first
 * appears (views often wait for their data), so keyboard and screen-reader users start at the
 * new view instead of on the page body. `when` false: a view that appeared by itself (the panel
 * following the tab) leaves focus where the user put it.
 */
export function useFocusOnShow<T extends HTMLElement>(when = true): (element: T | null) => void {
  const done = useRef(false);
  return useCallback(
    (element: T | null) => {
      if (!element || done.current || !when) return;
      done.current = true;
      element.focus();
    },
    [when],
  );
}
