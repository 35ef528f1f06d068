// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/popup/App';
import { Profile } from '@/lib/capture/profile';
import { saveCapture } from '@/lib/db/contacts';
import { getDb } from '@/lib/db/database';
import { aProfile } from '../../helpers/profiles';

describe('popup keyboard focus', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().contacts.clear();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('Enter on Draft lands on the draft heading, and Back returns to that Draft button', async () => {
    const db = getDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Priya Raman' })), warnings: [] }, 1_700_000_000_000);
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Omar Haddad' })), warnings: [] }, 1_700_000_001_000);
    const user = userEvent.setup();
    render(<App />);
    const draft = await screen.findByRole('button', { name: 'Draft a message to Priya Raman' });
    draft.focus();
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Message to Priya Raman' });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    await user.click(screen.getByRole('button', { name: 'Back to contacts' }));
    const again = await screen.findByRole('button', { name: 'Draft a message to Priya Raman' });
    await waitFor(() => expect(document.activeElement).toBe(again));
  });
});
