import type { Settings, SettingsSource } from '@/lib/settings';
import { useSettings } from '@/components/shared/use-settings';
import { SettingsForm } from './SettingsForm';

export interface SettingsStore extends SettingsSource {
  /** Field errors keyed by path, or null when stored. */
  save: (next: Settings) => Promise<Record<string, string> | null>;
}

export function SettingsPage({ store }: { store: SettingsStore }) {
  const state = useSettings(store);
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {state.status === 'failed' && (
        <p className="field-error" role="alert">
          Could not read your settings. Reload the page to try again.
        </p>
      )}
      {state.status === 'ready' && <SettingsForm value={state.settings} onSave={store.save} />}
      {state.status === 'loading' && <p className="loading">Loading…</p>}
    </>
  );
}
