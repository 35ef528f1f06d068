import { useEffect, useState } from 'react';
import type { Settings, SettingsSource } from '@/lib/settings';

type SettingsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; settings: Settings };

/**
 * The settings, kept current: read once, then replaced whenever any page or the background
 * stores new ones, so a page left open never shows stale settings. A change that arrives
 * before the first read finishes wins over that (older) read.
 */
export function useSettings(source: SettingsSource): SettingsState {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = source.watch((settings) => {
      changed = true;
      if (live) setState({ status: 'ready', settings });
    });
    source.load().then(
      (settings) => live && !changed && setState({ status: 'ready', settings }),
      () => live && !changed && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [source]);
  return state;
}
