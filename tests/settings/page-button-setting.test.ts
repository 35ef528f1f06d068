import { describe, expect, it } from 'vitest';
import { showPageButtonFrom } from '@/lib/page-button-setting';
import { defaultSettings } from '@/lib/settings';

describe('the in-page button setting, as the content script reads it', () => {
  it('shows the button unless the user switched it off', () => {
    expect(showPageButtonFrom(undefined)).toBe(true);
    expect(showPageButtonFrom(defaultSettings())).toBe(true);
    expect(showPageButtonFrom({ ...defaultSettings(), showPageButton: false })).toBe(false);
  });

  it('treats broken stored data as the default rather than hiding the button', () => {
    expect(showPageButtonFrom(null)).toBe(true);
    expect(showPageButtonFrom({ showPageButton: 'no' })).toBe(true);
    expect(showPageButtonFrom('garbage')).toBe(true);
  });
});
