// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftView, type DraftViewEnv } from '@/components/popup/DraftView';
import { defaultSettings, storedSettings, storeSettings } from '@/lib/settings';
import { freshDb } from '../../helpers/db';
import { freshDrafts } from '../../helpers/drafts';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);
beforeEach(async () => {
  fakeBrowser.reset();
  await storeSettings({ ...defaultSettings(), me: { ...defaultSettings().me, myName: 'Alex' } });
});

function env(): DraftViewEnv {
  return {
    // The real storage item, on WXT's fake browser: the same reads and watches as the popup.
    settings: storedSettings,
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

  it('follows the settings while open: a name added in Settings signs the open draft at once', async () => {
    await storeSettings(defaultSettings()); // no name yet
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'identified' }));
    render(<DraftView db={db} env={env()} contactId="p" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    expect(await screen.findByText(/add your name, background/)).toBeTruthy();
    const draft = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
    expect(draft.value).not.toMatch(/Morgan Lee/);

    // Saved from the workspace's settings page while the popup stays open.
    await act(() => storeSettings({ ...defaultSettings(), me: { ...defaultSettings().me, myName: 'Morgan Lee' } }));
    await waitFor(() => expect(screen.queryByText(/add your name, background/)).toBeNull());
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toMatch(/Morgan Lee/));
  });

  it('after the meeting has ended: the next step is "Log the interview", and the draft is not the confirmation', async () => {
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'scheduled' }));
    const start = Date.now() - 3 * 3_600_000;
    await db.meetings.add({ id: 'm', contactId: 'p', start, durationMinutes: 20, timeZone: 'UTC', format: 'call', status: 'scheduled', createdAt: start - 7 * 86_400_000 });
    // The confirm reminder was never re-derived away (the worker slept through the meeting).
    await db.reminders.add({ id: 'r', contactId: 'p', kind: 'confirm-meeting', dueAt: start - 86_400_000, status: 'pending', sourceKey: 'confirm:m', meetingId: 'm', createdAt: start - 7 * 86_400_000 });
    const e = { ...env(), contactUrl: (id: string) => `chrome-extension://x/workspace.html#/contacts/${id}` };
    render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    const step = await screen.findByTestId('next-step');
    expect(step.textContent).toMatch(/Next step: Log the interview/);
    expect(screen.getByRole('link', { name: 'Open the interview log' }).getAttribute('href')).toMatch(/contacts\/p/);
    const template = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' });
    expect(template.selectedOptions[0]?.textContent).not.toMatch(/confirmation/i);
  });

  it('after the one nudge was sent, Draft never opens on the nudge again', async () => {
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'requested' }));
    const now = Date.now();
    await db.outreach.bulkAdd([
      { id: 'o1', contactId: 'p', sentAt: now - 9 * 86_400_000, kind: 'cold-ask', channel: 'email', text: 'Hi' },
      { id: 'o2', contactId: 'p', sentAt: now - 3_600_000, kind: 'no-reply-nudge', channel: 'email', text: 'Hi again' },
    ]);
    await db.reminders.add({ id: 'r', contactId: 'p', kind: 'nudge', dueAt: now - 2 * 86_400_000, status: 'pending', sourceKey: 'nudge:p:o1', createdAt: now - 9 * 86_400_000 });
    render(<DraftView db={db} env={env()} contactId="p" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    expect((await screen.findByTestId('next-step')).textContent).toMatch(/Wait for a reply/);
    const template = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' });
    expect(template.selectedOptions[0]?.textContent ?? '').not.toMatch(/nudge/i);
  });

  it('offers the next step\'s draft when another template is open, and switches to it', async () => {
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'identified' }));
    render(<DraftView db={db} env={env()} contactId="p" kind="check-in" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Draft the cold ask' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).selectedOptions[0]?.textContent).toMatch(/cold ask/i),
    );
  });
});
