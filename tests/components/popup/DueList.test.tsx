// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DueList, type DueItem } from '@/components/popup/DueList';

const item = (over: Partial<DueItem> = {}): DueItem => ({
  reminderId: 'r1',
  contactId: 'c1',
  contactName: 'Priya',
  action: 'Send a thank-you to Priya',
  when: 'due now',
  ...over,
});

function renderList(items: DueItem[]) {
  const handlers = { onDraft: vi.fn(), onDone: vi.fn(), onSnooze: vi.fn(), onDismiss: vi.fn(), onMarkNoReply: vi.fn() };
  render(<DueList items={items} {...handlers} />);
  return handlers;
}

describe('DueList', () => {
  afterEach(cleanup);

  it('shows nothing when nothing is due', () => {
    renderList([]);
    expect(screen.queryByRole('heading', { name: 'Due' })).toBeNull();
  });

  it('offers Draft, Done, Snooze (1 day, 3 days, 1 week) and Dismiss', async () => {
    const user = userEvent.setup();
    const h = renderList([item()]);
    expect(screen.getByRole('heading', { name: 'Due' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Draft' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Snooze' }));
    await user.click(screen.getByRole('button', { name: '3 days' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(h.onDraft).toHaveBeenCalledTimes(1);
    expect(h.onDone).toHaveBeenCalledTimes(1);
    expect(h.onSnooze).toHaveBeenCalledWith(expect.objectContaining({ reminderId: 'r1' }), 3);
    expect(h.onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Mark No reply' })).toBeNull();
  });

  it('after an unanswered nudge, puts "Mark No reply" first instead of inviting a second nudge', async () => {
    const user = userEvent.setup();
    const h = renderList([item({ suggestsNoReply: true, action: 'No reply from Priya after a nudge: mark as No reply' })]);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons[0]).toBe('Mark No reply');
    await user.click(screen.getByRole('button', { name: 'Mark No reply' }));
    expect(h.onMarkNoReply).toHaveBeenCalledTimes(1);
  });

  it('a step that is no message (log the interview) links to the contact instead of Draft, and offers no Done', () => {
    renderList([item({ action: 'Log the interview (Priya)', draftable: false, canComplete: false, contactHref: 'chrome-extension://x/workspace.html#/contacts/c1' })]);
    expect(screen.queryByRole('button', { name: 'Draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open Priya' }).getAttribute('href')).toMatch(/contacts\/c1/);
  });

  it('shows the sentence a snooze came back with', () => {
    render(<DueList items={[item()]} onDraft={vi.fn()} onDone={vi.fn()} onSnooze={vi.fn()} onDismiss={vi.fn()} notice="Snoozed to the deadline." />);
    expect(screen.getByRole('status').textContent).toBe('Snoozed to the deadline.');
  });
});
