// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesPage, type TemplateActions } from '@/components/drafting/TemplatesPage';
import { storedSettings } from '@/lib/settings';
import { freshDb } from '../../helpers/db';
import { freshDrafts } from '../../helpers/drafts';

afterEach(cleanup);

describe('TemplatesPage', () => {
  it('lists the shipped templates from the database and keeps an unsaved edit as a draft', async () => {
    const db = freshDb();
    const actions: TemplateActions = { saveTemplate: vi.fn(async () => null), deleteTemplate: vi.fn(), restoreDefaultTemplates: vi.fn() };
    const { wrapper } = freshDrafts();
    const page = () => <TemplatesPage db={db} actions={actions} settings={storedSettings} />;
    const first = render(page(), { wrapper });
    const list = await screen.findByRole('list', { name: 'Templates' });
    expect(list.children.length).toBe(await db.templates.count());

    const user = userEvent.setup();
    const [edit] = screen.getAllByRole('button', { name: /^Edit / });
    await user.click(edit!);
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' });
    const before = text.value;
    await user.type(text, ' My own ending.');
    first.unmount(); // left the page without saving

    render(page(), { wrapper });
    await user.click((await screen.findAllByRole('button', { name: /^Edit / }))[0]!);
    await waitFor(() => expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' }).value).toBe(`${before} My own ending.`));
    expect(screen.getByText(/Restored your unsaved text/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(actions.saveTemplate).toHaveBeenCalledWith(expect.objectContaining({ body: `${before} My own ending.` }));
  });
});
