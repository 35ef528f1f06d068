/**
 * Whether any request of this page is being asked again because the first try got no answer
 * (MV3 stopped the worker). One store per page, fed by sendToBackground, so every write — the
 * workspace's, the popup's — shows the same "Checking…" without each caller wiring it.
 */
let retrying = 0;
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

/** Marks one request as being retried; call the returned function once it has its answer (or gave up). */
export function startChecking(): () => void {
  retrying += 1;
  changed();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    retrying -= 1;
    changed();
  };
}

export const isChecking = (): boolean => retrying > 0;

/** For useSyncExternalStore: returns the unsubscribe. */
export function subscribeChecking(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
