import { useSyncExternalStore } from 'react';
import { isChecking, subscribeChecking } from '@/lib/messaging/checking';

/** True while a request of this page is being asked again after getting no answer. */
export function useChecking(): boolean {
  return useSyncExternalStore(subscribeChecking, isChecking);
}

/**
 * "Checking…" while the worker is asked again (it stopped mid-request). Each page's root shows
 * it once, so every write says the same thing and none says "did not answer" for a saved write:
 * the retry carries the same request id and gets the first answer. The live region is always
 * there so screen readers announce the change.
 */
export function CheckingStatus() {
  const checking = useChecking();
  return (
    <p role="status" aria-live="polite" className="status-line checking" data-testid="checking-status">
      {checking ? 'Checking…' : ''}
    </p>
  );
}
