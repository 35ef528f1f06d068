import { useCallback, useState } from 'react';
import { useFocusOnShow } from './use-focus-on-show';

/**
 * For a view a button can replace (Draft, Back): `moved` turns true once a button did, and the
 * heading ref then takes focus when the view shows. Until then focus stays where the user put
 * it: the popup opening or the panel following the tab is not a move. `also` false leaves
 * focus to the caller even after a move (the popup sends it back to the Draft button instead).
 */
export function useMovedFocus<T extends HTMLElement>(also = true) {
  const [moved, setMoved] = useState(false);
  const headingRef = useFocusOnShow<T>(moved && also);
  const markMoved = useCallback(() => setMoved(true), []);
  return { moved, markMoved, headingRef };
}
