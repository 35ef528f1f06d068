// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PrepSheet } from '@/components/interview/PrepSheet';
import { emptyPrep, type InterviewPrep } from '@/lib/interviews/interview';
import { QUESTION_GROUP_LABELS, bankQuestion } from '@/lib/interviews/question-bank';
import { DraftsProvider } from '@/components/drafts/drafts-context';
import { freshDrafts } from '../../helpers/drafts';

/** Keeps the saved prep in state, like the database behind the workspace page. */
function Harness({ notes = '', onChange }: { notes?: string; onChange: (p: InterviewPrep) => void }) {
  const [prep, setPrep] = useState(emptyPrep());
  const [drafts] = useState(() => freshDrafts().db);
  return (
    <DraftsProvider db={drafts}>
      <PrepSheet
        contactId="c1"
        value={prep}
        researchNotes={notes}
        onSave={async (p) => {
          setPrep(p);
          onChange(p);
          return null;
        }}
      />
    </DraftsProvider>
  );
}

const sheet = () => screen.getByRole('region', { name: 'Your questions, in order' });
const sheetItems = () => within(sheet()).queryAllByRole('listitem').map((li) => li.textContent);

describe('PrepSheet', () => {
  it('shows the bank grouped as in the method', () => {
    render(<Harness onChange={() => {}} />);
    for (const label of Object.values(QUESTION_GROUP_LABELS)) {
      expect(screen.getByRole('group', { name: label })).toBeTruthy();
    }
  });

  it('picks and unpicks bank questions into the ordered sheet', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const whoElse = bankQuestion('next.who-else')!.text;
    const typicalWeek = bankQuestion('role.typical-week')!.text;

    await user.click(screen.getByRole('checkbox', { name: whoElse }));
    await user.click(screen.getByRole('checkbox', { name: typicalWeek }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ questionIds: ['next.who-else', 'role.typical-week'] }),
    );
    // Asked in method order, "who else" last, whatever order they were ticked in.
    expect(sheetItems()).toEqual([typicalWeek, whoElse]);

    await user.click(screen.getByRole('checkbox', { name: whoElse }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ questionIds: ['role.typical-week'] }));
    expect(sheetItems()).toEqual([typicalWeek]);
  });

  it('adds, edits and removes your own questions', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const add = screen.getByRole('button', { name: 'Add question' });
    expect((add as HTMLButtonElement).disabled).toBe(true);

    await user.type(screen.getByLabelText('Add your own question'), 'How did remote work change your team?');
    await user.click(add);
    await user.type(screen.getByLabelText('Add your own question'), 'What surprised you in year one?{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        customQuestions: ['How did remote work change your team?', 'What surprised you in year one?'],
      }),
    );
    expect((screen.getByLabelText('Add your own question') as HTMLInputElement).value).toBe('');
    expect(sheetItems()).toEqual(['How did remote work change your team?', 'What surprised you in year one?']);

    await user.click(screen.getByRole('button', { name: 'Remove your question 1' }));
    expect(sheetItems()).toEqual(['What surprised you in year one?']);
  });

  it('gives advice, without blocking, on a question that asks for a job', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.type(screen.getByLabelText('Add your own question'), 'Are you hiring?');
    expect(screen.getByRole('list', { name: 'Advice about this question' }).textContent).toMatch(/job request/);
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ customQuestions: ['Are you hiring?'] }));
  });

  it('turns research notes into questions, once', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const notes = '- Acme moved to a four-day week\n- The design team doubled last year';
    render(<Harness notes={notes} onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Turn research notes into questions' }));
    const expected = [
      'I found that Acme moved to a four-day week, does that match what you see?',
      'I found that the design team doubled last year, does that match what you see?',
    ];
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ researchQuestions: expected }));
    expect(sheetItems()).toEqual(expected);
    expect(screen.getByRole('status').textContent).toBe('Added 2 questions from your research notes.');

    await user.click(screen.getByRole('button', { name: 'Turn research notes into questions' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Those findings are already on your sheet.');

    await user.clear(screen.getByLabelText('Research question 1'));
    await user.type(screen.getByLabelText('Research question 1'), 'Is the four-day week working?');
    expect(sheetItems()[0]).toBe('Is the four-day week working?');
  });

  it('says so when there are no research notes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness notes="  " onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Turn research notes into questions' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/No research findings/);
  });

  it('keeps markup in notes and questions as literal text', async () => {
    const user = userEvent.setup();
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(<Harness notes={`- ${evil} is in their bio`} onChange={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Turn research notes into questions' }));
    await user.type(screen.getByLabelText('Add your own question'), `${evil}?{Enter}`);
    expect(container.querySelector('img')).toBeNull();
    expect(sheetItems()).toEqual([`I found that ${evil} is in their bio, does that match what you see?`, `${evil}?`]);
  });
});
