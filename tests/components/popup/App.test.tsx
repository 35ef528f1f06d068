// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '@/entrypoints/popup/App';
import { Profile } from '@/lib/capture/profile';
import { saveCapture } from '@/lib/db/contacts';
import { getDb } from '@/lib/db/database';
import { recordBackupExport } from '@/lib/backup/backup-reminder';
import { aProfile } from '../../helpers/profiles';

const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-ux/';

/** The fake browser cannot mark a tab active; answer the popup's one query directly. */
function activeTab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
}

describe('popup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().contacts.clear();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('tells a newcomer what to do when nothing is saved yet', async () => {
    render(<App />);
    expect(await screen.findByText(/No one saved yet/)).toBeTruthy();
    expect(screen.getByText(/Save to Coffee Chat/)).toBeTruthy();
  });

  it('lists the newest first, but puts the person in the active tab first and marks them', async () => {
    const db = getDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Priya Raman', profileUrl: PRIYA_URL })), warnings: [] }, 1_700_000_000_000 + 1000);
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Newer Person' })), warnings: [] }, 1_700_000_000_000 + 2000);
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Newest Person' })), warnings: [] }, 1_700_000_000_000 + 3000);
    activeTab('https://se.linkedin.com/in/Priya-Raman-UX/details/experience/');

    render(<App />);
    await screen.findByText('This page');
    const rows = screen.getAllByTestId('contact-row');
    expect(rows.map((r) => within(r).getByText(/Person|Priya/).textContent)).toEqual([
      'Priya RamanThis page',
      'Newest Person',
      'Newer Person',
    ]);
    expect(screen.getByRole('button', { name: 'Save this profile' })).toBeTruthy();
  });

  it('without a LinkedIn profile in the tab, lists newest first with no Save button', async () => {
    const db = getDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Older' })), warnings: [] }, 1_700_000_000_000 + 1000);
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Newer' })), warnings: [] }, 1_700_000_000_000 + 2000);
    activeTab('https://example.com/');
    render(<App />);
    await screen.findByText('Newer');
    expect(screen.getAllByTestId('contact-row').map((r) => r.querySelector('.contact-name')?.textContent)).toEqual(['Newer', 'Older']);
    expect(screen.queryByRole('button', { name: 'Save this profile' })).toBeNull();
  });

  it('a record it cannot show becomes one line with a way out; the rest of the popup stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const db = getDb();
    await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: 'Priya Raman' })), warnings: [] }, 1_700_000_000_000);
    // Stored by an older build, straight into the database: a name React cannot render.
    const bad = { ...(await db.contacts.toCollection().first())!, id: 'bad', profileUrl: undefined, fullName: { first: 'Omar' } };
    await db.contacts.put(bad as never);
    activeTab('https://www.linkedin.com/feed/');
    render(<App />);
    expect(await screen.findByText('Priya Raman')).toBeTruthy();
    expect((await screen.findByTestId('unreadable-contact')).textContent).toContain("This contact has a field we can't display");
  });

  it('reminds to export a backup after 30 days without one, with five contacts; one click opens the export', async () => {
    const db = getDb();
    for (let i = 0; i < 5; i++) {
      await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: `Person ${i}` })), warnings: [] }, 1_700_000_000_000 + i);
    }
    activeTab('https://example.com/');
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    const reminder = await screen.findByRole('region', { name: 'Keep a backup' });
    within(reminder).getByRole('button', { name: 'Export backup' }).click();
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/workspace\.html#\/backup\?export=1$/) });

    // An export (from any page) takes it away at once.
    await recordBackupExport(Date.now());
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Keep a backup' })).toBeNull());
  });

  it('no backup reminder with fewer than five contacts', async () => {
    const db = getDb();
    for (let i = 0; i < 4; i++) {
      await saveCapture(db, { profile: Profile.parse(aProfile({ fullName: `Person ${i}` })), warnings: [] }, 1_700_000_000_000 + i);
    }
    activeTab('https://example.com/');
    render(<App />);
    await screen.findByText('Person 3');
    expect(screen.queryByRole('region', { name: 'Keep a backup' })).toBeNull();
  });
});
