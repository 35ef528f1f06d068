// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TemplateEditor, type TemplateEditorProps } from '@/components/drafting/TemplateEditor';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import type { Template } from '@/lib/templates/template';
import { freshDrafts } from '../../helpers/drafts';

const own: Template = {
  id: 'mine',
  name: 'My intro',
  kind: 'custom',
  channel: 'linkedin-message',
  body: 'Hi {{firstName}}',
  isDefault: false,
  createdAt: 1_700_000_000_001,
  updatedAt: 1_700_000_000_001,
};

function setup(overrides: Partial<TemplateEditorProps> = {}) {
  const onSave = vi.fn<TemplateEditorProps['onSave']>(() => null);
  const onDelete = vi.fn<TemplateEditorProps['onDelete']>();
  const onRestoreDefaults = vi.fn();
  const user = userEvent.setup();
  render(
    <TemplateEditor
      templates={[DEFAULT_TEMPLATES[0]!, own]}
      onSave={onSave}
      onDelete={onDelete}
      onRestoreDefaults={onRestoreDefaults}
      newId={() => 'new-id'}
      now={() => 1_700_000_000_042}
      {...overrides}
    />,
    { wrapper: freshDrafts().wrapper },
  );
  return { user, onSave, onDelete, onRestoreDefaults };
}

describe('TemplateEditor', () => {
  it('lists templates with their kind and channel', () => {
    setup();
    const list = screen.getByRole('list', { name: 'Templates' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list.textContent).toContain('Custom · LinkedIn message');
  });

  it('heads the form one level below the page title, so headings never skip a level (axe heading-order)', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit My intro' }));
    // The Templates page is the <h1>; the form sits directly under it.
    expect(screen.getByRole('heading', { name: 'Edit My intro' }).tagName).toBe('H2');
    for (const h of screen.queryAllByRole('heading')) expect(Number(h.tagName[1])).toBeLessThanOrEqual(3);
  });

  it('creates a template', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Quick hello');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Email');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Hello');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hi {{{{firstName}}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      id: 'new-id',
      name: 'Quick hello',
      kind: 'custom',
      channel: 'email',
      subject: 'Hello',
      body: 'Hi {{firstName}}',
      isDefault: false,
      createdAt: 1_700_000_000_042,
      updatedAt: 1_700_000_000_042,
    });
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows an unknown variable by name, with a suggestion, and does not save', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit My intro' }));
    const body = screen.getByRole('textbox', { name: 'Text' });
    await user.clear(body);
    await user.type(body, 'Hi {{{{fristName}}');
    expect(screen.getByText('Unknown variable {{fristName}} — did you mean {{firstName}}?')).toBeTruthy();
    expect(body.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(body);
  });

  it('reports a missing name on save', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Give the template a name.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the error onSave returns and stays open', async () => {
    const { user } = setup({ onSave: () => 'A template with that name exists.' });
    await user.click(screen.getByRole('button', { name: 'Edit My intro' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A template with that name exists.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeTruthy();
  });

  it('edits with updatedAt bumped', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit My intro' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ ...own, name: 'My intro!', updatedAt: 1_700_000_000_042 });
  });

  it('inserts a variable at the caret', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const body = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' });
    await user.type(body, 'Hi ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Insert variable' }), 'firstName');
    expect(body.value).toBe('Hi {{firstName}}');
  });

  it('duplicates a shipped template as the user\'s own', async () => {
    const { user, onSave } = setup();
    const shipped = DEFAULT_TEMPLATES[0]!;
    await user.click(screen.getByRole('button', { name: `Duplicate ${shipped.name}` }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      ...shipped,
      id: 'new-id',
      name: `Copy of ${shipped.name}`,
      isDefault: false,
      createdAt: 1_700_000_000_042,
      updatedAt: 1_700_000_000_042,
    });
  });

  it('deletes after an inline confirmation', async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete My intro' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete My intro' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete My intro' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('mine');
  });

  it('restores defaults after an inline confirmation', async () => {
    const { user, onRestoreDefaults } = setup();
    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(onRestoreDefaults).toHaveBeenCalledTimes(1);
  });

  it('counts the text as it would be with sample details', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'LinkedIn connection note');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Hi {{{{firstName}}');
    expect(screen.getByText('With sample details: 8 / 200')).toBeTruthy();
  });
});
