// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftComposer, type DraftComposerProps } from '@/components/drafting/DraftComposer';
import type { Template } from '@/lib/templates/template';
import { freshDrafts } from '../../helpers/drafts';

const at = 1_700_000_000_000;
const templates: Template[] = [
  {
    id: 'note',
    name: 'Connection note',
    kind: 'connection-note',
    channel: 'connection-note',
    body: 'Hi {{firstName}}, {{howWeMet}}. Could I ask you for 20 minutes of advice? {{myName}}',
    isDefault: true,
    createdAt: at,
    updatedAt: at,
  },
  {
    id: 'thanks',
    name: 'Thank-you',
    kind: 'thank-you',
    channel: 'email',
    subject: 'Thank you, {{firstName}}',
    body: 'Hi {{firstName}}, thank you! I keep thinking about {{takeaway}}. {{myName}}',
    isDefault: true,
    createdAt: at,
    updatedAt: at,
  },
];

function setup(overrides: Partial<DraftComposerProps> = {}) {
  const onCopy = vi.fn<DraftComposerProps['onCopy']>(async () => {});
  const onMarkSent = vi.fn<DraftComposerProps['onMarkSent']>();
  const onOpenEmail = vi.fn<NonNullable<DraftComposerProps['onOpenEmail']>>();
  const onOpenLinkedIn = vi.fn();
  const user = userEvent.setup();
  const drafts = freshDrafts();
  const view = render(
    <DraftComposer
      contactId="c1"
      templates={templates}
      values={{ firstName: 'Priya', myName: 'Alex', howWeMet: 'Maria Lopez suggested I contact you' }}
      accountType="free"
      lintContext={{ recipientFirstName: 'Priya' }}
      onCopy={onCopy}
      onMarkSent={onMarkSent}
      onOpenEmail={onOpenEmail}
      onOpenLinkedIn={onOpenLinkedIn}
      {...overrides}
    />,
    { wrapper: drafts.wrapper },
  );
  const draft = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });
  return { user, onCopy, onMarkSent, onOpenEmail, onOpenLinkedIn, draft, drafts, view };
}

const NOTE = 'Hi Priya, Maria Lopez suggested I contact you. Could I ask you for 20 minutes of advice? Alex';

describe('DraftComposer', () => {
  it('fills the draft when a template is chosen', async () => {
    const { user, draft } = setup();
    expect(draft().value).toBe('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Connection note');
    expect(draft().value).toBe(NOTE);
    expect(screen.queryByRole('textbox', { name: 'Subject' })).toBeNull();
  });

  it('starts from initialTemplateId and shows a subject for email', () => {
    const { draft } = setup({ initialTemplateId: 'thanks' });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Subject' }).value).toBe('Thank you, Priya');
    expect(draft().value).toBe('Hi Priya, thank you! I keep thinking about [takeaway]. Alex');
    // The blank is a field under the draft, in words, not a variable name.
    expect(screen.getByRole('textbox', { name: 'Something you learned' })).toBeTruthy();
    expect(screen.queryByTestId('unfilled')).toBeNull();
  });

  it('lets the user edit the draft, and the counter follows', async () => {
    const { user, draft } = setup({ initialTemplateId: 'note' });
    const counter = screen.getByTestId('draft-counter');
    expect(counter.getAttribute('aria-live')).toBe('polite');
    expect(counter.textContent).toBe(`${NOTE.length} / 200`);
    await user.type(draft(), ' Thanks!');
    expect(draft().value).toBe(`${NOTE} Thanks!`);
    expect(counter.textContent).toBe(`${NOTE.length + 8} / 200`);
  });

  it('says by how much the draft is over the limit', async () => {
    const { user, draft } = setup({ initialTemplateId: 'note' });
    await user.clear(draft());
    await user.click(draft());
    await user.paste('x'.repeat(212));
    const counter = screen.getByTestId('draft-counter');
    expect(counter.textContent).toBe('212 / 200 — 12 characters over the 200 limit');
    expect(counter.className).toContain('cc-counter-over');
  });

  it('uses the premium limit when the account is premium', () => {
    setup({ initialTemplateId: 'note', accountType: 'premium' });
    expect(screen.getByTestId('draft-counter').textContent).toBe(`${NOTE.length} / 300`);
  });

  it('asks before copying a draft with unfilled placeholders', async () => {
    const { user, onCopy, draft } = setup({ initialTemplateId: 'thanks' });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('This draft still has blanks: Something you learned. Copy anyway?');
    expect(onCopy).not.toHaveBeenCalled();
    // The safe choice has the focus; Keep editing goes back to the draft.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(draft());
    expect(onCopy).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    expect(onCopy).toHaveBeenCalledWith('Hi Priya, thank you! I keep thinking about [takeaway]. Alex', 'Thank you, Priya');
    expect(await screen.findByText('Copied ✓')).toBeTruthy();
  });

  it('copies the edited text straight away once placeholders are filled', async () => {
    const { user, onCopy, draft } = setup({ initialTemplateId: 'thanks' });
    const edited = draft().value.replace('[takeaway]', 'five-user pilots');
    await user.clear(draft());
    await user.type(draft(), edited);
    expect(screen.queryByTestId('unfilled')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onCopy).toHaveBeenCalledWith('Hi Priya, thank you! I keep thinking about five-user pilots. Alex', 'Thank you, Priya');
    expect(await screen.findByText('Copied ✓')).toBeTruthy();
  });

  it('shows a failed copy', async () => {
    const { user } = setup({ initialTemplateId: 'note', onCopy: async () => Promise.reject(new Error('Clipboard blocked')) });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Could not copy: Clipboard blocked')).toBeTruthy();
  });

  it('marks as sent with what the user wrote', async () => {
    const { user, onMarkSent, draft } = setup({ initialTemplateId: 'note' });
    await user.type(draft(), '!');
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(onMarkSent).toHaveBeenCalledWith({
      templateId: 'note',
      kind: 'connection-note',
      channel: 'connection-note',
      text: `${NOTE}!`,
    });
    expect(screen.getByText('Marked as sent ✓')).toBeTruthy();
  });

  it('includes the edited subject for email and opens email and LinkedIn', async () => {
    const { user, onMarkSent, onOpenEmail, onOpenLinkedIn, draft } = setup({ initialTemplateId: 'thanks' });
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await user.clear(subject);
    await user.type(subject, 'Thanks again');
    await user.click(screen.getByRole('button', { name: 'Open in email' }));
    expect(onOpenEmail).toHaveBeenCalledWith('Thanks again', draft().value);
    await user.click(screen.getByRole('button', { name: 'Open in LinkedIn' }));
    expect(onOpenLinkedIn).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
    expect(onMarkSent).toHaveBeenCalledWith(expect.objectContaining({ kind: 'thank-you', channel: 'email', subject: 'Thanks again' }));
  });

  it('shows HTML and {{…}} from contact data literally', () => {
    const html = '<img src=x onerror=alert(1)>';
    const { draft } = setup({ initialTemplateId: 'note', values: { firstName: html, myName: '{{myName}}', howWeMet: 'We met' } });
    expect(draft().value).toBe(`Hi ${html}, We met. Could I ask you for 20 minutes of advice? {{myName}}`);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByTestId('unfilled')).toBeNull();
  });

  it('lists etiquette advice without blocking anything', async () => {
    const { user, draft, onCopy } = setup({ initialTemplateId: 'note' });
    await user.clear(draft());
    await user.type(draft(), 'Hi Priya, Maria suggested I write. Are there any openings? Could we talk for an hour?');
    const advice = screen.getByRole('region', { name: 'Advice' });
    const items = within(advice).getAllByRole('listitem').map((li) => li.getAttribute('data-rule'));
    expect(items).toEqual(['job-ask', 'long-time-ask']);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalled();
  });

  it('offers to undo when choosing another template replaces an edited draft', async () => {
    const { user, draft } = setup({ initialTemplateId: 'note' });
    await user.type(draft(), ' PS');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Thank-you');
    expect(draft().value).toContain('thank you!');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(draft().value).toBe(`${NOTE} PS`);
  });

  it('works with the keyboard alone', async () => {
    const { user, draft, onMarkSent } = setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Template' }));
    await user.keyboard('{ArrowDown}');
    await user.tab(); // Channel
    await user.tab(); // Draft
    expect(document.activeElement).toBe(draft());
    await user.keyboard('Hello');
    await user.tab(); // Copy
    await user.tab(); // Open in LinkedIn
    await user.tab(); // Open in email
    await user.tab(); // Mark as sent
    await user.keyboard('{Enter}');
    expect(onMarkSent).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('Hello') }));
  });
});

describe('DraftComposer drafts', () => {
  const composer = (overrides: Partial<DraftComposerProps> = {}) => (
    <DraftComposer
      contactId="c1"
      templates={templates}
      values={{ firstName: 'Priya', myName: 'Alex', howWeMet: 'Maria Lopez suggested I contact you' }}
      accountType="free"
      lintContext={{ recipientFirstName: 'Priya' }}
      onCopy={async () => {}}
      onMarkSent={() => {}}
      {...overrides}
    />
  );
  const draft = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Draft' });

  it('restores the draft for the same contact and template after the popup closes, and only there', async () => {
    const { wrapper } = freshDrafts();
    const user = userEvent.setup({ delay: 5 });
    const first = render(composer({ initialTemplateId: 'note' }), { wrapper });
    await user.type(draft(), ' PS: I loved your talk at Config.');
    first.unmount(); // the popup closes as soon as the user clicks into LinkedIn

    const again = render(composer({ initialTemplateId: 'note' }), { wrapper });
    await waitFor(() => expect(draft().value).toBe(`${NOTE} PS: I loved your talk at Config.`));
    expect(screen.getByText(/Restored your unsaved text/)).toBeTruthy();
    again.unmount();

    // Another person, or another template, starts from the template's own text.
    const other = render(composer({ contactId: 'c2', initialTemplateId: 'note' }), { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(draft().value).toBe(NOTE);
    other.unmount();
    render(composer({ initialTemplateId: 'thanks' }), { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(draft().value).toBe('Hi Priya, thank you! I keep thinking about [takeaway]. Alex');
  });

  it('keeps one draft per template while switching between them', async () => {
    const { wrapper } = freshDrafts();
    const user = userEvent.setup();
    render(composer({ initialTemplateId: 'note' }), { wrapper });
    await user.type(draft(), ' PS');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Thank-you');
    await user.type(draft(), ' Thanks again');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Connection note');
    await waitFor(() => expect(draft().value).toBe(`${NOTE} PS`));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Thank-you');
    await waitFor(() => expect(draft().value).toBe('Hi Priya, thank you! I keep thinking about [takeaway]. Alex Thanks again'));
  });

  it('reopens on the template of the last draft when none was asked for', async () => {
    const { wrapper } = freshDrafts();
    const user = userEvent.setup();
    const first = render(composer({ initialTemplateId: 'note' }), { wrapper });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), 'Thank-you');
    await user.type(draft(), ' See you soon');
    first.unmount();

    render(composer({ initialTemplateId: 'note', resumeLastDraft: true }), { wrapper });
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).value).toBe('thanks'));
    await waitFor(() => expect(draft().value).toMatch(/ See you soon$/));
  });

  it('forgets the draft once it is marked as sent', async () => {
    const { wrapper } = freshDrafts();
    const user = userEvent.setup();
    const first = render(composer({ initialTemplateId: 'note' }), { wrapper });
    await user.type(draft(), ' PS');
    await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
    first.unmount();
    render(composer({ initialTemplateId: 'note' }), { wrapper });
    await new Promise((r) => setTimeout(r, 50));
    expect(draft().value).toBe(NOTE);
    expect(screen.queryByText(/Restored your unsaved text/)).toBeNull();
  });
});
