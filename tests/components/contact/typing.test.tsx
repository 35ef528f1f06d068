// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderContactSections } from '@/components/contact/contact-sections';
import { Workspace } from '@/components/workspace/Workspace';
import type { CoffeeChatDB } from '@/lib/db/database';
import { Interview } from '@/lib/interviews/interview';
import { defaultSettings } from '@/lib/settings';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { freshDb } from '../../helpers/db';
import { freshDrafts } from '../../helpers/drafts';
import { aContact } from '../../workspace/contact-fixture';
import { giveScrollerASize } from '../workspace/virtual-size';

let restore: () => void;
beforeEach(() => {
  restore = giveScrollerASize();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  restore();
});

/** The background's writes, with the round trip through the worker a real page waits for. */
function actionsOn(db: CoffeeChatDB, roundTripMs = 15): WorkspaceActions {
  const later = () => new Promise((r) => setTimeout(r, roundTripMs));
  const fail = async () => 'not in this test';
  return {
    updateContact: vi.fn(async (id, patch) => {
      await later();
      await db.contacts.update(id, patch);
      return null;
    }),
    setStage: vi.fn(fail),
    deleteContact: vi.fn(async () => ({ error: 'not in this test' })),
    deleteAllData: vi.fn(fail),
    addContact: vi.fn(async () => ({ error: 'not in this test' })),
    saveMeeting: vi.fn(fail),
    cancelMeeting: vi.fn(fail),
    saveInterview: vi.fn(async (input) => {
      await later();
      await db.interviews.put({ ...Interview.parse(input), updatedAt: Date.now() });
      return null;
    }),
    logReply: vi.fn(fail),
    importBackup: vi.fn(async () => ({ error: 'not in this test' })),
    importLinkedInCsv: vi.fn(async () => ({ error: 'not in this test' })),
    exportBackup: vi.fn(async () => ({ error: 'not in this test' })),
  };
}

// happy-dom renders slowly on a busy machine: generous timeouts (no timing is asserted).
const SLOW = { timeout: 10_000 };

const settings = { load: async () => defaultSettings(), watch: () => () => {}, save: async () => null };

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

async function openWorkspace() {
  const db = freshDb();
  await db.contacts.add(aContact({ id: 'p', fullName: 'Priya Raman' }));
  const actions = actionsOn(db);
  const drafts = freshDrafts();
  const deps = { db, actions, onReminderAction: vi.fn(), onOpenDraft: vi.fn() };
  const view = render(
    <Workspace db={db} actions={actions} settings={settings} renderContactSections={(c) => renderContactSections(deps, c)} />,
    { wrapper: drafts.wrapper },
  );
  await go('#/contacts/p');
  await screen.findByRole('heading', { level: 1, name: 'Priya Raman' }, SLOW);
  return { db, actions, drafts, view };
}

const field = (label: string) => screen.getByLabelText<HTMLTextAreaElement>(label, { selector: 'textarea' });

// Long enough to span several debounces and saves; every key is a separate event 5 ms apart.
const NOTES = 'Runs design at Acme; ex-agency, hires juniors.';
const GOALS = 'How to move into research, and what to read.';
const LOG = 'Portfolios beat titles; ask Maria about Lisbon!';

describe('typing into the contact page at 5 ms a key', { timeout: 90_000 }, () => {
  it('keeps every character of notes, prep and log through navigating away and back', async () => {
    const { db, actions } = await openWorkspace();
    const user = userEvent.setup({ delay: 5 });

    await user.type(field('Notes and research findings'), NOTES);
    await user.type(field('What I hope to learn'), GOALS);
    // Moving on to the log saves the prep (blur) while the user is already typing again.
    await user.type(field('Notes'), LOG);
    expect(field('Notes and research findings').value).toBe(NOTES);
    expect(field('What I hope to learn').value).toBe(GOALS);
    expect(field('Notes').value).toBe(LOG);
    // The prep went to the database once per blur, not once per key.
    expect(vi.mocked(actions.saveInterview).mock.calls.length).toBeLessThanOrEqual(2);

    await go('#/board');
    expect(screen.queryByLabelText('Notes and research findings')).toBeNull();
    await go('#/contacts/p');
    await screen.findByRole('heading', { level: 1, name: 'Priya Raman' }, SLOW);

    await waitFor(() => expect(field('Notes and research findings').value).toBe(NOTES), SLOW);
    await waitFor(() => expect(field('Notes').value).toBe(LOG), SLOW);
    expect(field('What I hope to learn').value).toBe(GOALS);
    expect((await db.interviews.where('contactId').equals('p').first())?.prep.goals).toBe(GOALS);
    // Unsaved notes and log came back from the drafts store, and say so.
    expect(screen.getAllByText(/Restored your unsaved text/)).toHaveLength(2);
  });

  it('never lets the live query overwrite what is being typed', async () => {
    const { db } = await openWorkspace();
    const user = userEvent.setup({ delay: 5 });
    const notes = field('Notes and research findings');
    // Another tab changes the notes, then the tags, while the user is still typing.
    const seen: string[] = [];
    const typing = user.type(notes, NOTES);
    await new Promise((r) => setTimeout(r, 100));
    await db.contacts.update('p', { notes: 'Changed in another tab' });
    await new Promise((r) => setTimeout(r, 100));
    seen.push(notes.value);
    await db.contacts.update('p', { tags: ['design'] });
    await typing;
    // The other tab's change did reach the page (the tag shows) while typing went on.
    expect(seen[0]!.length).toBeGreaterThan(0);
    expect(NOTES.startsWith(seen[0]!)).toBe(true);
    await screen.findByText('design', {}, SLOW);
    await waitFor(async () => expect((await db.contacts.get('p'))?.notes).toBe('Changed in another tab'), SLOW);
    expect(notes.value).toBe(NOTES);
    // Saving is the user's choice; until then the other tab's text is one click away.
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(async () => expect((await db.contacts.get('p'))?.notes).toBe(NOTES), SLOW);
  });

  it('discards a restored draft back to the saved text', async () => {
    const { db } = await openWorkspace();
    await db.contacts.update('p', { notes: 'Saved before' });
    await waitFor(() => expect(field('Notes and research findings').value).toBe('Saved before'), SLOW);
    const user = userEvent.setup();
    await user.type(field('Notes and research findings'), ' and typed after');
    await go('#/board');
    await go('#/contacts/p');
    await waitFor(() => expect(field('Notes and research findings').value).toBe('Saved before and typed after'), SLOW);
    await user.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(field('Notes and research findings').value).toBe('Saved before');
    await go('#/board');
    await go('#/contacts/p');
    await screen.findByRole('heading', { level: 1, name: 'Priya Raman' }, SLOW);
    await new Promise((r) => setTimeout(r, 50));
    expect(field('Notes and research findings').value).toBe('Saved before');
  });
});
