// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DraftView, type DraftViewEnv } from '@/components/popup/DraftView';
import { defaultSettings, loadSettings, storedSettings, storeSettings, type SettingsPatch } from '@/lib/settings';
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
    // Stored for real, as the background does, so the draft sees the change come back.
    saveSettings: vi.fn(async (patch: SettingsPatch) => {
      const stored = await loadSettings();
      await storeSettings({ ...stored, me: { ...stored.me, ...patch.me } });
      return null;
    }),
    updateContact: vi.fn(async () => null),
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
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toBeTruthy();
    const draft = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
    expect(draft.value).not.toMatch(/Morgan Lee/);

    // Saved from the workspace's settings page while the popup stays open.
    await act(() => storeSettings({ ...defaultSettings(), me: { ...defaultSettings().me, myName: 'Morgan Lee' } }));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Your name' }).value).toBe('Morgan Lee'));
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toMatch(/Morgan Lee/));
  });

  it('asks for each blank in plain words under the draft, fills the draft as the user types, and saves each where it belongs', async () => {
    await storeSettings(defaultSettings()); // a fresh install: nothing about the user yet
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'identified', currentTitle: 'Research Lead', currentCompany: 'Acme Health' }));
    const e = env();
    e.updateContact = vi.fn(async (id: string, patch: object) => {
      await db.contacts.update(id, patch);
      return null;
    });
    const { wrapper } = freshDrafts();
    const first = render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper });
    const user = userEvent.setup();
    const field = (name: string) => screen.findByRole<HTMLInputElement>('textbox', { name });
    await user.type(await field('How you found them'), 'I saw your talk at UXConf');
    await user.type(await field('Your name'), 'Sam Doe');
    await user.type(await field('Your background'), 'a nurse of six years');
    await user.type(await field('What you are exploring'), 'a move into UX research');
    await user.tab();
    const draft = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
    expect(draft.value).toContain('I saw your talk at UXConf, and');
    expect(draft.value).toContain("I'm Sam Doe, a nurse of six years, and I'm exploring a move into UX research.");
    expect(draft.value).not.toMatch(/\[\w+\]/);
    expect(screen.queryByText(/myName|howWeMet/)).toBeNull();

    await waitFor(async () => expect((await loadSettings()).me).toMatchObject({ myName: 'Sam Doe', myBackground: 'a nurse of six years', myInterest: 'a move into UX research' }));
    await waitFor(async () => expect((await db.contacts.get('p'))?.source).toBe('I saw your talk at UXConf'));
    expect(e.updateContact).toHaveBeenCalledWith('p', { source: 'I saw your talk at UXConf' });
    first.unmount();

    // The next draft already knows: no blanks left to fill.
    render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper });
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toContain('Sam Doe, a nurse'));
    expect(screen.queryByRole('group', { name: 'Fill in the blanks' })).toBeNull();
  });

  it('keeps a blank typed just before the popup closed, and stores it when it reopens', async () => {
    await storeSettings(defaultSettings());
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'identified' }));
    const e = env();
    e.saveSettings = vi.fn(async () => 'Coffee Chat is not answering.');
    const { wrapper } = freshDrafts();
    const first = render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper });
    await userEvent.setup().type(await screen.findByRole('textbox', { name: 'Your name' }), 'Sam');
    await userEvent.setup().tab();
    expect(await screen.findByText('Coffee Chat is not answering.')).toBeTruthy();
    first.unmount();

    const again = env();
    render(<DraftView db={db} env={again} contactId="p" onBack={() => {}} />, { wrapper });
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Your name' }).value).toBe('Sam'));
    await waitFor(() => expect(again.saveSettings).toHaveBeenCalledWith({ me: { myName: 'Sam' } }));
  });

  it('shows the research notes beside the draft; one click puts a finding into the research-based ask', async () => {
    const db = freshDb();
    await db.contacts.add(
      aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'researching', notes: 'Wrote an article on onboarding metrics.\n- talk on recruiting patients for studies' }),
    );
    render(<DraftView db={db} env={env()} contactId="p" kind="research-ask" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    const notes = await screen.findByRole('region', { name: 'Your research notes' });
    expect(notes.textContent).toContain('Wrote an article on onboarding metrics');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use in the draft: talk on recruiting patients for studies' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toContain(
        'I came across your talk on recruiting patients for studies and learned a lot',
      ),
    );
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'What you read about their work' }).value).toBe('talk on recruiting patients for studies');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subject' }).value).toBe('A question about your talk on recruiting patients for studies');
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

  it('while waiting for a reply, the step says where to add the meeting once they answer', async () => {
    const db = freshDb();
    await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman', firstName: 'Priya', stage: 'requested' }));
    const sentAt = Date.now() - 3_600_000;
    await db.outreach.add({ id: 'o1', contactId: 'p', sentAt, kind: 'cold-ask', channel: 'email', text: 'Hi' });
    await db.reminders.add({ id: 'r', contactId: 'p', kind: 'nudge', dueAt: sentAt + 7 * 86_400_000, status: 'pending', sourceKey: 'nudge:p:o1', createdAt: sentAt });
    const e = { ...env(), contactUrl: (id: string) => `chrome-extension://x/workspace.html#/contacts/${id}` };
    render(<DraftView db={db} env={e} contactId="p" onBack={() => {}} />, { wrapper: freshDrafts().wrapper });
    expect((await screen.findByTestId('next-step')).textContent).toMatch(/Wait for a reply/);
    expect(screen.getByRole('link', { name: 'They replied? Add the meeting' }).getAttribute('href')).toMatch(/contacts\/p$/);
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
