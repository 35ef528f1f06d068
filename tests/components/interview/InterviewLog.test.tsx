// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InterviewLog } from '@/components/interview/InterviewLog';
import { emptyLog, emptyPrep, questionKey, type InterviewLog as Log, type InterviewPrep } from '@/lib/interviews/interview';
import { bankQuestion } from '@/lib/interviews/question-bank';
import { freshDrafts } from '../../helpers/drafts';

const prep: InterviewPrep = {
  ...emptyPrep(),
  questionIds: ['role.typical-week'],
  customQuestions: ['How did remote work change your team?'],
};

function setup(value: Log = emptyLog(), result: string | null = null) {
  const onSave = vi.fn<(log: Log) => Promise<string | null>>().mockResolvedValue(result);
  const user = userEvent.setup();
  const view = render(<InterviewLog contactId="c1" prep={prep} value={value} onSave={onSave} />, {
    wrapper: freshDrafts().wrapper,
  });
  return { onSave, user, ...view };
}

const person = (n: number) => screen.getByRole('group', { name: `Person ${n}` });
const save = () => screen.getByRole('button', { name: 'Save interview log' });
const hint = () => screen.queryByText(/suggests asking for two more people/);

describe('InterviewLog', () => {
  it('saves answers, notes, takeaways and next steps', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByLabelText(bankQuestion('role.typical-week')!.text), 'Mostly workshops');
    await user.type(screen.getByLabelText('How did remote work change your team?'), 'More writing');
    await user.type(screen.getByLabelText('Notes'), 'Friendly, 25 minutes');
    await user.click(screen.getByRole('button', { name: 'Add takeaway' }));
    await user.type(screen.getByLabelText('Takeaway 1'), 'Portfolios beat certificates');
    await user.click(screen.getByRole('button', { name: 'Add takeaway' }));
    await user.click(screen.getByRole('button', { name: 'Add next step' }));
    await user.type(screen.getByLabelText('Next step 1'), 'Send my portfolio by Friday');
    await user.click(save());

    expect(onSave).toHaveBeenCalledTimes(1);
    const log = onSave.mock.calls[0]![0];
    expect(log.answers).toEqual({
      [questionKey('bank', 'role.typical-week')]: 'Mostly workshops',
      [questionKey('custom', 'How did remote work change your team?')]: 'More writing',
    });
    expect(log.notes).toBe('Friendly, 25 minutes');
    expect(log.takeaways).toEqual(['Portfolios beat certificates']); // the empty second row is dropped
    expect(log.nextSteps).toEqual(['Send my portfolio by Friday']);
    expect(await screen.findByText('Interview log saved ✓')).toBeTruthy();
  });

  it('saves two people to talk to next, and the hint goes away', async () => {
    const { user, onSave } = setup();
    expect(hint()).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a person to talk to' }));
    await user.type(within(person(1)).getByLabelText('Name'), 'Ann Lee');
    await user.type(within(person(1)).getByLabelText('LinkedIn URL (optional)'), 'linkedin.com/in/ann-lee');
    await user.type(within(person(1)).getByLabelText('Note'), 'Runs research ops at Acme');
    await user.click(within(person(1)).getByRole('checkbox', { name: 'May I mention your name?' }));
    expect(hint()).toBeTruthy(); // one name is not yet two

    await user.click(screen.getByRole('button', { name: 'Add a person to talk to' }));
    await user.type(within(person(2)).getByLabelText('Name'), 'Bo Chen');
    expect(hint()).toBeNull();

    await user.click(save());
    expect(onSave.mock.calls[0]![0].referrals).toEqual([
      {
        name: 'Ann Lee',
        linkedinUrl: 'https://www.linkedin.com/in/ann-lee/',
        note: 'Runs research ops at Acme',
        mayMentionName: true,
      },
      { name: 'Bo Chen' },
    ]);
  });

  it('shows a gentle hint with fewer than two names but still saves', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a person to talk to' }));
    await user.type(within(person(1)).getByLabelText('Name'), 'Ann Lee');
    expect(hint()).toBeTruthy();
    await user.click(save());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].referrals).toEqual([{ name: 'Ann Lee' }]);
  });

  it('removes a person row', async () => {
    const { user, onSave } = setup({ ...emptyLog(), referrals: [{ name: 'Ann' }, { name: 'Bo' }] });
    expect(hint()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove person 1' }));
    expect(hint()).toBeTruthy();
    await user.click(save());
    expect(onSave.mock.calls[0]![0].referrals).toEqual([{ name: 'Bo' }]);
  });

  it('saves the four reflection answers', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByLabelText('How do I feel about what I learned?'), 'Energised');
    await user.type(screen.getByLabelText('Can I picture myself in that setting, doing those tasks?'), 'Yes, mostly');
    await user.type(screen.getByLabelText('What changed in my view of this field?'), 'Less coding than I thought');
    await user.type(
      screen.getByLabelText('What do I still need to find out, and who could tell me?'),
      'Pay ranges; ask Ann',
    );
    await user.click(save());
    expect(onSave.mock.calls[0]![0].reflection).toEqual({
      feelings: 'Energised',
      pictureMyself: 'Yes, mostly',
      changedView: 'Less coding than I thought',
      stillToLearn: 'Pay ranges; ask Ann',
    });
  });

  it('shows the error from onSave inline', async () => {
    const { user } = setup(emptyLog(), 'The database is busy; try again.');
    await user.click(save());
    expect((await screen.findByRole('alert')).textContent).toBe('The database is busy; try again.');
    expect(screen.queryByText('Interview log saved ✓')).toBeNull();
  });

  it('does not save a person without a name or with a bad LinkedIn link', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a person to talk to' }));
    await user.type(within(person(1)).getByLabelText('Note'), 'The recruiter she mentioned');
    await user.click(save());
    expect(screen.getByRole('alert').textContent).toBe('Person 1: Give each person to talk to a name.');

    await user.type(within(person(1)).getByLabelText('Name'), 'Ann');
    await user.type(within(person(1)).getByLabelText('LinkedIn URL (optional)'), 'ann on linkedin');
    expect(within(person(1)).getByText(/A LinkedIn link looks like/)).toBeTruthy();
    await user.click(save());
    expect(screen.getByRole('alert').textContent).toMatch(/^Person 1: A LinkedIn link looks like/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('loads a saved log and keeps markup literal', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container, user, onSave } = setup({
      ...emptyLog(),
      notes: evil,
      takeaways: [evil],
      referrals: [{ name: evil, note: evil }],
    });
    expect(container.querySelector('img')).toBeNull();
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe(evil);
    expect((screen.getByLabelText('Takeaway 1') as HTMLInputElement).value).toBe(evil);
    await user.click(save());
    expect(onSave.mock.calls[0]![0]).toMatchObject({ notes: evil, takeaways: [evil], referrals: [{ name: evil, note: evil }] });
  });
});
