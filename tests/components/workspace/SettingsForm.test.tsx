// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsForm } from '@/components/workspace/SettingsForm';
import { defaultSettings, parseSettings } from '@/lib/settings';

afterEach(cleanup);

describe('SettingsForm', () => {
  it('shows a field error returned by onSave next to its field', async () => {
    const user = userEvent.setup();
    const message = 'Nudge after must be a whole number of days from 1 to 60';
    const onSave = vi.fn(async () => ({ 'reminders.nudgeAfterDays': message }));
    render(<SettingsForm value={defaultSettings()} onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const input = screen.getByLabelText('Nudge after');
    expect(screen.getByText(message)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByText(message).id);
    expect(document.activeElement).toBe(input);
  });

  it('sends every setting, and the real check rejects a bad timing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async (next: unknown) => {
      const checked = parseSettings(next);
      return checked.ok ? null : checked.errors;
    });
    render(<SettingsForm value={defaultSettings()} onSave={onSave} />);
    await user.type(screen.getByLabelText('Your name'), 'Sam Park');
    await user.click(screen.getByLabelText(/Premium/));
    await user.click(screen.getByLabelText('Show the Save button on LinkedIn profile pages'));
    await user.clear(screen.getByLabelText('Nudge after'));
    await user.type(screen.getByLabelText('Nudge after'), '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Nudge after must be a whole number of days from 1 to 60')).toBeTruthy();

    await user.clear(screen.getByLabelText('Nudge after'));
    await user.type(screen.getByLabelText('Nudge after'), '10');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(onSave).toHaveBeenLastCalledWith({
      ...defaultSettings(),
      me: { ...defaultSettings().me, myName: 'Sam Park' },
      accountType: 'premium',
      showPageButton: false,
      reminders: { ...defaultSettings().reminders, nudgeAfterDays: 10 },
    });
  });

  it('a blank timing is reported, not saved as 0', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async (next: unknown) => {
      const checked = parseSettings(next);
      return checked.ok ? null : checked.errors;
    });
    render(<SettingsForm value={defaultSettings()} onSave={onSave} />);
    await user.clear(screen.getByLabelText('Confirm before'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Confirm before must be a whole number of days from 1 to 14')).toBeTruthy();
  });

  it('the automatic backup switched on in the backup panel meanwhile is not saved back as off', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    const { rerender } = render(<SettingsForm value={defaultSettings()} onSave={onSave} />);
    await user.type(screen.getByLabelText('Your name'), 'Sam');
    // The backup panel (another view or window) stored autoBackup: true while this form was being edited.
    rerender(<SettingsForm value={{ ...defaultSettings(), autoBackup: true }} onSave={onSave} />);
    // Nothing this page shows changed, so no "changed in another window" notice.
    expect(screen.queryByText(/changed in another window/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ autoBackup: true, me: expect.objectContaining({ myName: 'Sam' }) }));
  });
});

