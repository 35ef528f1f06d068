// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workspace } from '@/components/workspace/Workspace';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import type { CoffeeChatDB } from '@/lib/db/database';
import { defaultSettings } from '@/lib/settings';
import { aContact } from '../../workspace/contact-fixture';
import { freshDb } from '../../helpers/db';
import { giveScrollerASize } from './virtual-size';

let restore: () => void;
beforeEach(() => {
  restore = giveScrollerASize();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  restore();
});

function fakeActions(db: CoffeeChatDB): WorkspaceActions {
  const fail = async () => 'not in this test';
  return {
    updateContact: vi.fn(async (id, patch) => {
      await db.contacts.update(id, patch);
      return null;
    }),
    setStage: vi.fn(async (id, stage) => {
      await db.contacts.update(id, { stage });
      return null;
    }),
    deleteContact: vi.fn(async () => ({ error: 'not in this test' })),
    deleteAllData: vi.fn(fail),
    addContact: vi.fn(async () => ({ error: 'not in this test' })),
    saveMeeting: vi.fn(fail),
    cancelMeeting: vi.fn(fail),
    saveInterview: vi.fn(fail),
    logReply: vi.fn(fail),
    importBackup: vi.fn(async () => ({ error: 'not in this test' })),
    importLinkedInCsv: vi.fn(async () => ({ error: 'not in this test' })),
    exportBackup: vi.fn(async () => ({ error: 'not in this test' })),
  };
}

const settings = { load: async () => defaultSettings(), watch: () => () => {}, save: async () => null };

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('Workspace', () => {
  it('routes between pages with the hash and reads from the database', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      aContact({ id: 'p', fullName: 'Priya Raman', stage: 'requested' }),
      aContact({ id: 'z', fullName: 'Zoë Ørsted', stage: 'scheduled', referredById: 'p' }),
    ]);
    const actions = fakeActions(db);
    render(<Workspace db={db} actions={actions} settings={settings} />);

    expect(await screen.findByText('2 contacts')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');

    await go('#/contacts/p');
    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Raman' })).toBeTruthy();
    expect(document.title).toBe('Contact — Coffee Chat');
    expect(await screen.findByRole('link', { name: 'Zoë Ørsted' })).toBeTruthy(); // "They referred you to"

    await go('#/board');
    const card = await screen.findByRole('listitem', { name: 'Priya Raman, Requested' });
    card.focus();
    await userEvent.setup().keyboard('{ArrowRight}');
    expect(actions.setStage).toHaveBeenCalledWith('p', 'scheduled');
    await waitFor(async () => expect((await db.contacts.get('p'))?.stage).toBe('scheduled'));

    await go('#/network');
    expect(await screen.findByText('led to 1 person')).toBeTruthy();

    await go('#/progress');
    expect(await screen.findByText('100%')).toBeTruthy();

    await go('#/settings');
    expect(await screen.findByLabelText('Nudge after')).toBeTruthy();

    await go('#/backup');
    expect(screen.getByLabelText('Import backup')).toBeTruthy();

    await go('#/nowhere');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });

  it('says so when a contact no longer exists', async () => {
    const db = freshDb();
    window.location.hash = '#/contacts/gone';
    render(<Workspace db={db} actions={fakeActions(db)} settings={settings} />);
    expect(await screen.findByRole('heading', { name: 'Contact not found' })).toBeTruthy();
  });
});

describe('Workspace due link', () => {
  it('#/contacts?due=1 opens the list with "Due now" ticked', async () => {
    const db = freshDb();
    const now = Date.now();
    await db.contacts.bulkAdd([aContact({ id: 'p', fullName: 'Priya Raman' }), aContact({ id: 'q', fullName: 'Quinn Doe' })]);
    await db.table('reminders').add({ id: 'r', contactId: 'p', status: 'pending', dueAt: now - 1000 });
    window.location.hash = '#/contacts?due=1';
    render(<Workspace db={db} actions={fakeActions(db)} settings={settings} />);
    expect(await screen.findByText('1 of 2 contacts match')).toBeTruthy();
    expect((screen.getByLabelText('Due now') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('link', { name: /Priya Raman/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Quinn Doe/ })).toBeNull();
  });
});
