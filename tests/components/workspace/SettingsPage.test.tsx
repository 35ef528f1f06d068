// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage, type SettingsStore } from '@/components/workspace/SettingsPage';
import { defaultSettings, storedSettings, storeSettings } from '@/lib/settings';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/** The real storage item; saving stores directly (the background's part is tested in tests/background). */
const store: SettingsStore = {
  ...storedSettings,
  save: async (next) => {
    await storeSettings(next);
    return null;
  },
};
const named = (myName: string) => ({ ...defaultSettings(), me: { ...defaultSettings().me, myName } });

describe('SettingsPage', () => {
  it('follows settings stored elsewhere while the user has not edited', async () => {
    await storeSettings(named('Sam'));
    render(<SettingsPage store={store} />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Sam'));
    await act(() => storeSettings(named('Sam Park')));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Sam Park'));
    expect(screen.queryByText(/changed in another window/)).toBeNull();
  });

  it('keeps what the user is typing when settings change elsewhere, and says so', async () => {
    await storeSettings(named('Sam'));
    render(<SettingsPage store={store} />);
    const name = await screen.findByLabelText<HTMLInputElement>('Your name');
    await waitFor(() => expect(name.value).toBe('Sam'));
    const user = userEvent.setup();
    await user.type(name, ' P.');
    await act(() => storeSettings({ ...named('Someone else'), accountType: 'premium' }));
    expect(await screen.findByText(/changed in another window/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Your name').value).toBe('Sam P.');

    // Saving stores the page as shown, and the notice goes.
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(screen.queryByText(/changed in another window/)).toBeNull();
    expect((await storedSettings.load()).me.myName).toBe('Sam P.');
  });
});
