import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings';
import { SettingsForm } from './SettingsForm';

export interface SettingsStore {
  load: () => Promise<Settings>;
  /** Field errors keyed by path, or null when stored. */
  save: (next: Settings) => Promise<Record<string, string> | null>;
}

export function SettingsPage({ store }: { store: SettingsStore }) {
  const [value, setValue] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    store.load().then(
      (v) => live && setValue(v),
      () => live && setError('Could not read your settings. Reload the page to try again.'),
    );
    return () => {
      live = false;
    };
  }, [store]);
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {value && <SettingsForm value={value} onSave={store.save} />}
      {!value && !error && <p className="loading">Loading…</p>}
    </>
  );
}
