// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingForm, type MeetingFormValues } from '@/components/meetings/MeetingForm';
import { freshDrafts } from '../../helpers/drafts';

function setup(result: string | null = null, initial?: Partial<MeetingFormValues>) {
  const onSave = vi.fn<(input: MeetingFormValues) => Promise<string | null>>().mockResolvedValue(result);
  const user = userEvent.setup();
  render(<MeetingForm contactId="c1" onSave={onSave} initial={initial} />, { wrapper: freshDrafts().wrapper });
  return { onSave, user };
}

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('MeetingForm', () => {
  it('has every field under its exact accessible name, with the method defaults', () => {
    setup();
    expect(input('Meeting date').type).toBe('date');
    expect(input('Start time').type).toBe('time');
    expect(screen.getByRole('spinbutton', { name: 'Duration (minutes)' })).toBe(input('Duration (minutes)'));
    expect(input('Duration (minutes)').value).toBe('20');
    expect(select('Time zone').value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(screen.getByRole('textbox', { name: 'Place or link' })).toBeTruthy();
    expect([...select('Format').options].map((o) => o.value)).toEqual(['coffee', 'call', 'video', 'email']);
    expect(screen.getByRole('button', { name: 'Save meeting' })).toBeTruthy();
  });

  it('saves the typed values', async () => {
    const { user, onSave } = setup();
    await user.type(input('Meeting date'), '2025-06-03');
    await user.type(input('Start time'), '14:30');
    await user.clear(input('Duration (minutes)'));
    await user.type(input('Duration (minutes)'), '25');
    await user.selectOptions(select('Time zone'), 'Europe/Berlin');
    await user.selectOptions(select('Format'), 'video');
    await user.type(input('Place or link'), ' https://meet.example/abc ');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    expect(onSave).toHaveBeenCalledWith({
      date: '2025-06-03',
      time: '14:30',
      durationMinutes: 25,
      timeZone: 'Europe/Berlin',
      place: 'https://meet.example/abc',
      format: 'video',
    });
    expect(await screen.findByText('Meeting saved ✓')).toBeTruthy();
  });

  it('a new meeting, once saved, leaves the form empty: a second click cannot add it twice', async () => {
    const { user, onSave } = setup();
    await user.type(input('Meeting date'), '2025-06-03');
    await user.type(input('Start time'), '14:30');
    await user.type(input('Place or link'), 'Blue Bottle');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(await screen.findByText('Meeting saved ✓')).toBeTruthy();
    expect(input('Meeting date').value).toBe('');
    expect(input('Start time').value).toBe('');
    expect(input('Place or link').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Enter the meeting date.')).toBeTruthy();
  });

  it('starts from initial values when editing', async () => {
    const { user, onSave } = setup(null, {
      date: '2025-07-01',
      time: '09:00',
      durationMinutes: 30,
      timeZone: 'America/New_York',
      place: 'Blue Bottle, 5th Ave',
      format: 'coffee',
    });
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith({
      date: '2025-07-01',
      time: '09:00',
      durationMinutes: 30,
      timeZone: 'America/New_York',
      place: 'Blue Bottle, 5th Ave',
      format: 'coffee',
    });
  });

  it('shows the error from onSave in an alert', async () => {
    const { user } = setup('Add where you will meet');
    await user.type(input('Meeting date'), '2025-06-03');
    await user.type(input('Start time'), '14:30');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Add where you will meet');
    expect(screen.queryByText('Meeting saved ✓')).toBeNull();
  });

  it('asks for a date and time before calling onSave', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the meeting date.');
    await user.type(input('Meeting date'), '2025-06-03');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the start time.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('advises, without blocking, against planning past 30 minutes', async () => {
    const { user, onSave } = setup();
    const advice = 'The method suggests asking for 20 minutes and never planning past 30.';
    expect(screen.queryByText(advice)).toBeNull();
    await user.clear(input('Duration (minutes)'));
    await user.type(input('Duration (minutes)'), '45');
    expect(screen.getByText(advice)).toBeTruthy();
    await user.type(input('Meeting date'), '2025-06-03');
    await user.type(input('Start time'), '14:30');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ durationMinutes: 45 }));
  });

  it('keeps markup typed as a place literal', async () => {
    const { user, onSave } = setup();
    const evil = '<img src=x onerror=alert(1)>';
    await user.type(input('Meeting date'), '2025-06-03');
    await user.type(input('Start time'), '14:30');
    await user.type(input('Place or link'), evil);
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ place: evil }));
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('MeetingForm drafts', () => {
  it('keeps a half-filled form when the page is left, and forgets it once saved', async () => {
    const { wrapper } = freshDrafts();
    const onSave = vi.fn(async () => null);
    const user = userEvent.setup();
    const first = render(<MeetingForm contactId="c1" onSave={onSave} />, { wrapper });
    await user.type(input('Place or link'), 'Café Fábulas, Lisboa');
    first.unmount();
    const again = render(<MeetingForm contactId="c1" onSave={onSave} />, { wrapper });
    await waitFor(() => expect(input('Place or link').value).toBe('Café Fábulas, Lisboa'));
    again.unmount();
    // Another contact's form starts empty.
    render(<MeetingForm contactId="c2" onSave={onSave} />, { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(input('Place or link').value).toBe('');
    // Typing through happy-dom is slow on a busy 2-core machine: room to finish, never a timing check.
  }, 60_000);
});
