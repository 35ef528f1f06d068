// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftView, type DraftViewEnv } from '@/components/popup/DraftView';
import { defaultSettings } from '@/lib/settings';
import { freshDb } from '../../helpers/db';
import { freshDrafts } from '../../helpers/drafts';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);

function env(): DraftViewEnv {
  return {
    loadSettings: async () => ({ ...defaultSettings(), me: { ...defaultSettings().me, myName: 'Alex' } }),
    markSent: vi.fn(async () => null),
    copy: vi.fn(async () => {}),
    openTab: vi.fn(),
    settingsUrl: 'chrome-extension://x/workspace.html#/settings',
  };
}

describe('DraftView (the popup’s drafting screen)', () => {
  it('fills a template from the database and keeps the edited draft when the popup closes and reopens', async () => {
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'identified' }));
    const { wrapper } = freshDrafts();
    const e = env();
    const first = render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper });
    const draft = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
    await waitFor(() => expect(draft.value).toMatch(/Priya/));
    const start = draft.value;
    await userEvent.setup({ delay: 5 }).type(draft, ' PS: loved your talk.');
    first.unmount();

    render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper });
    await waitFor(() =>
      expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toBe(`${start} PS: loved your talk.`),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(e.markSent).toHaveBeenCalledWith('p', expect.objectContaining({ text: `${start} PS: loved your talk.` }), expect.any(Function));
    expect(await screen.findByText(/Recorded as sent to Priya Raman/)).toBeTruthy();
  });

  it('says so when the contact is gone', async () => {
    render(<DraftView db={freshDb()} env={env()} contactId="nobody" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    expect(await screen.findByText(/no longer exists/)).toBeTruthy();
  });
});
