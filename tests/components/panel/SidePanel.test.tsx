// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '@/components/panel/SidePanel';
import { tabBeside } from '@/components/panel/use-active-tab';
import type { DraftViewEnv } from '@/components/popup/DraftView';
import { Profile } from '@/lib/capture/profile';
import { saveCapture } from '@/lib/db/contacts';
import type { CaptureOutcome } from '@/lib/messaging/protocol';
import { storedSettings } from '@/lib/settings';
import { freshDb } from '../../helpers/db';
import { freshDrafts } from '../../helpers/drafts';
import { aProfile } from '../../helpers/profiles';

const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-ux/';
const OTHER_URL = 'https://www.linkedin.com/in/someone-new/';

const env = (): DraftViewEnv => ({
  settings: storedSettings,
  markSent: vi.fn(async () => null),
  copy: vi.fn(async () => {}),
  openTab: vi.fn(),
  saveSettings: vi.fn(async () => null),
  updateContact: vi.fn(async () => null),
});
const tab = (profileUrl: string | null) => ({ tabId: 3, windowId: 1, profileUrl });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
beforeEach(() => fakeBrowser.reset());

describe('the side panel follows the tab beside it', () => {
  it('shows a saved person with their stage, next step and draft; Save on an unsaved profile; the Due list elsewhere', async () => {
    const db = freshDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Priya Raman', profileUrl: PRIYA_URL })), warnings: [] }, 1_700_000_000_000);
    const { wrapper } = freshDrafts();
    const e = env();
    const onSave = vi.fn();
    const view = render(<SidePanel db={db} tab={tab(PRIYA_URL)} env={e} onSave={onSave} />, { wrapper });
    expect(await screen.findByRole('heading', { name: 'Priya Raman', level: 2 })).toBeTruthy();
    expect(screen.getByText(/Identified/)).toBeTruthy();
    expect((await screen.findByTestId('next-step')).textContent).toMatch(/^Next step: Ask for a 20-minute conversation/);
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toMatch(/^Hi /));
    // It appeared because the tab changed, not from a click here: focus stays where the user is.
    expect(document.activeElement).toBe(document.body);

    const draft = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
    await userEvent.setup().type(draft, ' PS: loved your talk.');

    view.rerender(<SidePanel db={db} tab={tab(OTHER_URL)} env={e} onSave={onSave} />);
    expect(await screen.findByRole('heading', { name: 'Not saved yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save this profile' })).toBeTruthy();

    // Back on their profile: the last draft for this person and template is still there.
    view.rerender(<SidePanel db={db} tab={tab(PRIYA_URL)} env={e} onSave={onSave} />);
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' }).value).toMatch(/PS: loved your talk\.$/));

    view.rerender(<SidePanel db={db} tab={tab(OTHER_URL)} env={e} onSave={onSave} />);
    expect(await screen.findByRole('heading', { name: 'Not saved yet' })).toBeTruthy();

    view.rerender(<SidePanel db={db} tab={tab(null)} env={e} onSave={onSave} />);
    expect(await screen.findByText(/Nothing is due/)).toBeTruthy();
  });

  it('after Save in the panel, shows the person saved and moves focus to their name', async () => {
    const db = freshDb();
    const onSave = vi.fn(async (_tabId: number): Promise<CaptureOutcome> => {
      await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Sam New', profileUrl: OTHER_URL })), warnings: [] }, 1_700_000_000_000);
      return { ok: true, status: 'created', contactId: 'x', fullName: 'Sam New', warnings: [] } as unknown as CaptureOutcome;
    });
    render(<SidePanel db={db} tab={tab(OTHER_URL)} env={env()} onSave={onSave} />, { wrapper: freshDrafts().wrapper });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Save this profile' }));
    const heading = await screen.findByRole('heading', { name: 'Sam New', level: 2 });
    expect(onSave).toHaveBeenCalledWith(3);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});

describe('tabBeside', () => {
  it('is the active tab of a normal window, never the panel’s own page, else the tab used last', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const t = (id: number, active: boolean, lastAccessed: number, url: string) =>
      ({ id, windowId: 1, active, lastAccessed, url }) as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number];
    query.mockResolvedValue([t(1, false, 50, 'https://www.linkedin.com/feed/'), t(2, true, 90, PRIYA_URL)]);
    expect(await tabBeside(undefined)).toMatchObject({ tabId: 2, profileUrl: PRIYA_URL });
    // The panel opened as a tab of its own and in front: the tab the user came from.
    query.mockResolvedValue([t(9, true, 100, 'chrome-extension://x/sidepanel.html'), t(1, false, 50, 'https://www.linkedin.com/feed/'), t(2, false, 90, PRIYA_URL)]);
    expect(await tabBeside(9)).toMatchObject({ tabId: 2, profileUrl: PRIYA_URL });
    expect(query).toHaveBeenLastCalledWith({ windowType: 'normal' });
  });
});
