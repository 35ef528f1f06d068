import type { Visibility } from './visible';

/**
 * An answer about the page kept for one reading. The readers ask the same questions of the same
 * elements many times over (each card and row reads its lines, then its children read theirs),
 * which made a 600 KB page quadratic. The page does not change during a reading, and every
 * reading has its own Visibility, so the answers are keyed by it and go away with it.
 */
export function perReading<K extends object, V>(compute: (key: K, vis: Visibility) => V): (key: K, vis: Visibility) => V {
  const tables = new WeakMap<Visibility, Map<K, V>>();
  return (key, vis) => {
    let table = tables.get(vis);
    if (!table) tables.set(vis, (table = new Map()));
    if (table.has(key)) return table.get(key) as V;
    const value = compute(key, vis);
    table.set(key, value);
    return value;
  };
}
