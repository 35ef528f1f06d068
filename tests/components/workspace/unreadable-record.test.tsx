// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workspace } from '@/components/workspace/Workspace';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import type { CoffeeChatDB } from '@/lib/db/database';
import { defaultSettings } from '@/lib/settings';
import { freshDb } from '../../helpers/db';
import { aContact } from '../../workspace/contact-fixture';
import { giveScrollerASize } from './virtual-size';

let restore: () => void;
beforeEach(() => {
  restore = giveScrollerASize();
  window.location.hash = '';
  // The boundary logs what it caught; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  restore();
  vi.restoreAllMocks();
});

const settings = { load: async () => defaultSettings(), watch: () => () => {}, save: async () => null };

function actionsFor(db: CoffeeChatDB): WorkspaceActions {
  const fail = async () => 'not in this test';
  return {
    updateContact: vi.fn(fail),
    setStage: vi.fn(fail),
    deleteContact: vi.fn(async (id: string) => {
      await db.contacts.delete(id);
      return { undo: async () => null };
    }),
    deleteAllData: vi.fn(fail),
    addContact: vi.fn(async () => ({ error: 'not in this test' })),
    saveMeeting: vi.fn(fail),
    cancelMeeting: vi.fn(fail),
    saveInterview: vi.fn(fail),
    logReply: vi.fn(fail),
    importBackup: vi.fn(async () => ({ error: 'not in this test' })),
    importLinkedInCsv: vi.fn(async () => ({ error: 'not in this test' })),
    exportBackup: vi.fn(async () => ({ error: 'not in this test' })),
  } as WorkspaceActions;
}

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/** Stored before the schemas checked dates: written straight into the real database. */
async function workspaceWithBadDate(field: 'updatedAt' | 'createdAt') {
  const db = freshDb();
  await db.contacts.bulkAdd([
    aContact({ id: 'ok', fullName: 'Priya Raman' }),
    { ...aContact({ id: 'bad', fullName: 'Omar Haddad' }), [field]: 9e15 },
  ]);
  return db;
}

describe('a contact with a field that cannot be shown', () => {
  it('the Contacts page still lists everyone, the unreadable one by name with a way to open it', async () => {
    const db = await workspaceWithBadDate('updatedAt');
    render(<Workspace db={db} actions={actionsFor(db)} settings={settings} />);
    expect(await screen.findByText('Priya Raman')).toBeTruthy();
    const row = await screen.findByTestId('unreadable-contact');
    expect(row.textContent).toContain('Omar Haddad');
    expect(row.textContent).toContain("This contact has a field we can't display");
    expect(row.querySelector('a')?.getAttribute('href')).toBe('#/contacts/bad');
  });

  it('the contact page shows the name with Export and Delete instead of a blank page', async () => {
    const db = await workspaceWithBadDate('createdAt');
    const actions = actionsFor(db);
    window.location.hash = '#/contacts/bad';
    render(<Workspace db={db} actions={actions} settings={settings} />);
    expect(await screen.findByText("This contact has a field we can't display", { exact: false })).toBeTruthy();
    expect(screen.getByText('Omar Haddad')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
    // The nav stays usable around it.
    expect(screen.getByRole('link', { name: 'Contacts' })).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete' }));
    expect(actions.deleteContact).toHaveBeenCalledWith('bad');
    expect(await db.contacts.get('bad')).toBeUndefined();
  });

  it('the contact page with a bad updatedAt still renders', async () => {
    const db = await workspaceWithBadDate('updatedAt');
    window.location.hash = '#/contacts/bad';
    render(<Workspace db={db} actions={actionsFor(db)} settings={settings} />);
    expect(await screen.findByText('Omar Haddad')).toBeTruthy();
    await go('#/contacts/ok');
    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Raman' })).toBeTruthy();
  });

  it('every other page still renders', async () => {
    const db = await workspaceWithBadDate('createdAt');
    render(<Workspace db={db} actions={actionsFor(db)} settings={settings} />);
    for (const hash of ['#/board', '#/network', '#/progress', '#/backup']) {
      await go(hash);
      expect(document.querySelector('main')?.textContent?.trim().length, hash).toBeGreaterThan(0);
    }
  });
});
