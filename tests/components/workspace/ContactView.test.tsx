// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactView, type ContactViewProps } from '@/components/workspace/ContactView';
import { ToastProvider } from '@/components/workspace/Toast';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);

const priya = aContact({
  id: 'p',
  fullName: 'Priya Raman',
  headline: 'UX Researcher at Acme Health',
  currentTitle: 'UX Researcher',
  currentCompany: 'Acme Health',
  location: 'Montréal',
  about: '<b>not markup</b> I study how nurses use software.',
  experience: [{ title: 'UX Researcher', company: 'Acme Health', start: '2021', end: 'Present' }],
  education: [{ school: 'McGill University', degree: 'MSc' }],
  photoUrl: 'https://media.licdn.com/p.jpg',
  tags: ['health'],
  notes: 'Read her talk on triage tools',
  captureWarnings: [{ code: 'no-experience', message: 'Scroll down and save again to add Experience.' }],
  jobChange: { at: 1_700_000_000_000, fromTitle: 'Designer', fromCompany: 'Globex', toTitle: 'UX Researcher', toCompany: 'Acme Health' },
});

function fakeActions() {
  const undo = vi.fn(async () => null);
  return {
    undo,
    actions: {
      updateContact: vi.fn(async () => null),
      setStage: vi.fn(async () => null),
      deleteContact: vi.fn(async () => ({ undo })),
    },
  };
}

function renderView(props: Partial<ContactViewProps> = {}) {
  const { actions, undo } = fakeActions();
  const utils = render(
    <ToastProvider>
      <ContactView contact={priya} actions={actions} findContacts={async () => []} {...props} />
    </ToastProvider>,
  );
  return { ...utils, actions: (props.actions ?? actions) as typeof actions, undo };
}

describe('ContactView', () => {
  it('shows what was captured as text, with the notices', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1, name: 'Priya Raman' })).toBeTruthy();
    expect(screen.getByText('<b>not markup</b> I study how nurses use software.')).toBeTruthy();
    expect(screen.getByText('McGill University')).toBeTruthy();
    expect(screen.getByText(/Changed jobs since you saved them/)).toBeTruthy();
    expect(screen.getByText(/Designer at Globex → UX Researcher at Acme Health/)).toBeTruthy();
    expect(screen.getByText('Scroll down and save again to add Experience.')).toBeTruthy();
  });

  it('loads the LinkedIn photo only when asked (no network request on its own)', async () => {
    const user = userEvent.setup();
    renderView();
    expect(document.querySelector('img.contact-photo')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show photo' }));
    const img = document.querySelector('img.contact-photo')!;
    expect(img.getAttribute('src')).toBe('https://media.licdn.com/p.jpg');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('never requests a photo or opens a profile link off LinkedIn, even for a record stored before the checks', async () => {
    // Written straight into the DB (no schema on the way): the view is the last guard.
    const doctored = {
      ...priya,
      photoUrl: 'https://tracker.example/pixel.gif?who=priya',
      profileUrl: 'https://www.linkedin.com/in/../redir/redirect?url=https%3A%2F%2Fevil.example',
    };
    renderView({ contact: doctored });
    expect(screen.queryByRole('button', { name: 'Show photo' })).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect([...document.querySelectorAll('a')].some((a) => /evil|redir/.test(a.getAttribute('href') ?? ''))).toBe(false);
  });

  it('saves edited fields as a patch of just the changes', async () => {
    const user = userEvent.setup();
    const { actions } = renderView();
    const headline = screen.getByLabelText('Headline');
    await user.clear(headline);
    await user.type(headline, 'Lead UX Researcher');
    await user.clear(screen.getByLabelText('Location'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(actions.updateContact).toHaveBeenCalledWith('p', { headline: 'Lead UX Researcher', location: '' });
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('shows the error when a save fails', async () => {
    const user = userEvent.setup();
    const { actions } = renderView();
    actions.updateContact.mockResolvedValueOnce('Could not save: the database is closed.' as never);
    await user.type(screen.getByLabelText('Current title'), ' II');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: the database is closed.');
  });

  it('adds and removes tags, saves notes and source', async () => {
    const user = userEvent.setup();
    const { actions } = renderView();
    await user.type(screen.getByLabelText('Add a tag'), 'alumni{Enter}');
    expect(actions.updateContact).toHaveBeenLastCalledWith('p', { tags: ['health', 'alumni'] });
    await user.click(screen.getByRole('button', { name: 'Remove tag health' }));
    expect(actions.updateContact).toHaveBeenLastCalledWith('p', { tags: [] });

    await user.type(screen.getByLabelText('Notes and research findings'), '. Asks about onboarding.');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(actions.updateContact).toHaveBeenLastCalledWith('p', { notes: 'Read her talk on triage tools. Asks about onboarding.' });

    await user.click(screen.getByRole('button', { name: 'Fellow alumnus of Y' }));
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    expect(actions.updateContact).toHaveBeenLastCalledWith('p', { source: 'Fellow alumnus of Y' });
  });

  it('changes the stage through setStage', async () => {
    const user = userEvent.setup();
    const { actions } = renderView();
    await user.selectOptions(screen.getByLabelText('Stage'), 'requested');
    expect(actions.setStage).toHaveBeenCalledWith('p', 'requested');
  });

  it('picks who referred them and links to them', async () => {
    const user = userEvent.setup();
    const find = vi.fn(async () => [{ id: 'z', fullName: 'Zoë Ørsted', detail: 'Analyst at Globex' }]);
    const { actions, rerender } = renderView({ findContacts: find });
    await user.type(screen.getByRole('combobox', { name: 'Who referred them' }), 'zo');
    await user.click(await screen.findByRole('option', { name: /Zoë Ørsted/ }));
    expect(actions.updateContact).toHaveBeenCalledWith('p', { referredById: 'z' });

    rerender(
      <ToastProvider>
        <ContactView
          contact={{ ...priya, referredById: 'z' }}
          referrer={{ id: 'z', fullName: 'Zoë Ørsted' }}
          actions={actions}
          findContacts={find}
        />
      </ToastProvider>,
    );
    expect(screen.getByRole('link', { name: 'Zoë Ørsted' }).getAttribute('href')).toBe('#/contacts/z');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(actions.updateContact).toHaveBeenLastCalledWith('p', { referredById: '' });
  });

  it('deletes with an Undo toast, and Undo calls the returned function', async () => {
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    const onRestored = vi.fn();
    const { actions, undo } = renderView({ onDeleted, onRestored });
    await user.click(screen.getByRole('button', { name: 'Delete contact' }));
    expect(actions.deleteContact).toHaveBeenCalledWith('p');
    expect(onDeleted).toHaveBeenCalled();
    const toast = await screen.findByText('Deleted Priya Raman');
    expect(toast.parentElement!.textContent).toContain('Deleted Priya Raman—Undo');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith('p'));
    expect(screen.getByText('Restored Priya Raman')).toBeTruthy();
  });

  it('the Undo toast goes away after about 8 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      renderView();
      await user.click(screen.getByRole('button', { name: 'Delete contact' }));
      expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(7_000));
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(1_500));
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders the sections other features plug in', () => {
    renderView({ sections: { meetings: <section>Meetings slot</section>, timeline: <section>Timeline slot</section> } });
    expect(screen.getByText('Meetings slot')).toBeTruthy();
    expect(screen.getByText('Timeline slot')).toBeTruthy();
  });
});
