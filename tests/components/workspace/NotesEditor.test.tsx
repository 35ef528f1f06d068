// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotesEditor } from '@/components/workspace/NotesEditor';
import { freshDrafts } from '../../helpers/drafts';

describe('NotesEditor limits', () => {
  it('counts toward the limit and refuses a longer text in plain words, keeping it on screen', async () => {
    const onSave = vi.fn(async () => null);
    render(<NotesEditor contactId="p" notes="" onSave={onSave} />, { wrapper: freshDrafts().wrapper });
    expect(screen.getByTestId('limit-counter').textContent).toBe('0 / 100,000 characters');

    const notes = screen.getByLabelText<HTMLTextAreaElement>('Notes and research findings');
    // A paste: no maxLength, so nothing is cut silently.
    fireEvent.change(notes, { target: { value: 'x'.repeat(200_000) } });
    expect(notes.value).toHaveLength(200_000);
    const refusal = 'Notes can hold up to 100,000 characters — this is 200,000.';
    expect(screen.getByTestId('limit-counter').textContent).toBe(refusal);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save notes' }));
    expect(screen.getByRole('alert').textContent).toBe(refusal);
    expect(onSave).not.toHaveBeenCalled();
    expect(notes.value).toHaveLength(200_000);
  });
});
