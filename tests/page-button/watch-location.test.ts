// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/entrypoints/page-button/watch-location';

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('watchLocation: LinkedIn navigates without page loads', () => {
  it('reports the address after each navigation, once, and stops when asked', () => {
    const navigation = Object.assign(new EventTarget(), { currentEntry: { url: location.href } });
    (globalThis as { navigation?: unknown }).navigation = navigation;
    const seen = vi.fn();
    const stop = watchLocation(seen);
    const go = (url: string) => {
      navigation.currentEntry = { url };
      navigation.dispatchEvent(new Event('currententrychange'));
    };
    go('https://www.linkedin.com/in/ana-lima/');
    go('https://www.linkedin.com/in/ana-lima/');
    go('https://www.linkedin.com/feed/');
    stop();
    go('https://www.linkedin.com/in/ben-okafor/');
    expect(seen.mock.calls).toEqual([['https://www.linkedin.com/in/ana-lima/'], ['https://www.linkedin.com/feed/']]);
  });

  it('a navigation that starts but never arrives (204, cancelled, a download) changes nothing', () => {
    const navigation = Object.assign(new EventTarget(), { currentEntry: { url: location.href } });
    (globalThis as { navigation?: unknown }).navigation = navigation;
    const seen = vi.fn();
    const stop = watchLocation(seen);
    // LinkedIn's bot-check page refreshes to the home page; the tab stays if that is not committed.
    navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url: 'https://www.linkedin.com/' } }));
    stop();
    expect(seen).not.toHaveBeenCalled();
  });

  it('without the Navigation API it notices a pushState within a second', () => {
    vi.useFakeTimers();
    const seen = vi.fn();
    const stop = watchLocation(seen);
    history.pushState({}, '', '/in/chen-wei/');
    vi.advanceTimersByTime(1000);
    stop();
    expect(seen).toHaveBeenCalledWith(location.href);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
