// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactDetailsForm } from '@/components/workspace/ContactDetailsForm';
import { freshDrafts } from '../../helpers/drafts';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);

const input = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);

describe('ContactDetailsForm drafts', () => {
  it('brings unsaved edits back, while fields the user did not touch follow the record', async () => {
    const { wrapper } = freshDrafts();
    const onSave = vi.fn(async () => null);
    const contact = aContact({ id: 'p', fullName: 'Priya Raman', headline: 'UX researcher', location: 'Lisbon' });
    const first = render(<ContactDetailsForm contact={contact} onSave={onSave} />, { wrapper });
    await userEvent.setup({ delay: 5 }).type(input('Headline'), ' at Acme Health');
    first.unmount();

    // Reopened after a fresh capture moved her to Porto.
    const view = render(<ContactDetailsForm contact={{ ...contact, location: 'Porto' }} onSave={onSave} />, { wrapper });
    await waitFor(() => expect(input('Headline').value).toBe('UX researcher at Acme Health'));
    expect(input('Location').value).toBe('Porto');
    expect(screen.getByText(/Restored your unsaved text/)).toBeTruthy();

    view.rerender(<ContactDetailsForm contact={{ ...contact, location: 'Braga' }} onSave={onSave} />);
    expect(input('Location').value).toBe('Braga');
    expect(input('Headline').value).toBe('UX researcher at Acme Health');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({ headline: 'UX researcher at Acme Health' });
  });

  it('refuses a name longer than a contact can hold, in words', async () => {
    const onSave = vi.fn(async () => null);
    render(<ContactDetailsForm contact={aContact({ fullName: 'P' })} onSave={onSave} />, { wrapper: freshDrafts().wrapper });
    const user = userEvent.setup();
    await user.clear(input('Name'));
    await user.click(input('Name'));
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert').textContent).toBe('Name can hold up to 300 characters — this is 301.');
    expect(onSave).not.toHaveBeenCalled();
  });
});
