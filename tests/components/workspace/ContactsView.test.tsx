// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactsView } from '@/components/workspace/ContactsView';
import { aContact, manyContacts } from '../../workspace/contact-fixture';
import { giveScrollerASize } from './virtual-size';

let restore: () => void;
beforeEach(() => {
  restore = giveScrollerASize();
});
afterEach(() => {
  cleanup();
  restore();
});

const rows = () => screen.queryAllByTestId('workspace-contact-row');

describe('ContactsView', () => {
  const contacts = manyContacts(10_000);

  it('renders only a window of rows for 10,000 contacts', () => {
    render(<ContactsView contacts={contacts} />);
    expect(screen.getByText('10,000 contacts')).toBeTruthy();
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(40);
    // Rows say where they are in the whole list, for screen readers.
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('filters as you type in "Search contacts"', async () => {
    const user = userEvent.setup();
    render(<ContactsView contacts={contacts} />);
    await user.type(screen.getByLabelText('Search contacts'), 'priya montreal');
    const shown = rows();
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) expect(row.textContent).toMatch(/Priya/);
    // Priya is every 10th contact, always one with Montréal (every 5th): 1 in 10 match.
    expect(screen.getByText('1,000 of 10,000 contacts match')).toBeTruthy();

    await user.clear(screen.getByLabelText('Search contacts'));
    await user.type(screen.getByLabelText('Search contacts'), 'nobody-by-this-name');
    expect(rows()).toHaveLength(0);
    expect(screen.getByText(/No contacts match/)).toBeTruthy();
  });

  it('filters by stage, tag and due, and sorts', async () => {
    const user = userEvent.setup();
    const list = [
      aContact({ id: 'a', fullName: 'Ana', stage: 'requested', tags: ['design'], updatedAt: 1 }),
      aContact({ id: 'b', fullName: 'Bo', stage: 'scheduled', tags: ['fintech'], updatedAt: 3 }),
      aContact({ id: 'c', fullName: 'Cy', stage: 'requested', tags: [], updatedAt: 2 }),
    ];
    render(<ContactsView contacts={list} dueIds={new Set(['c'])} nextReminderAt={new Map([['c', 5], ['a', 9]])} />);
    const names = () => rows().map((r) => within(r).getByText(/^(Ana|Bo|Cy)$/).textContent);

    expect(names()).toEqual(['Bo', 'Cy', 'Ana']); // last contact first
    await user.selectOptions(screen.getByLabelText('Sort by'), 'name');
    expect(names()).toEqual(['Ana', 'Bo', 'Cy']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'next-reminder');
    expect(names()).toEqual(['Cy', 'Ana', 'Bo']);

    await user.selectOptions(screen.getByLabelText('Stage'), 'requested');
    expect(names()).toEqual(['Cy', 'Ana']);
    await user.click(screen.getByLabelText('Due now'));
    expect(names()).toEqual(['Cy']);
    await user.click(screen.getByLabelText('Due now'));
    await user.selectOptions(screen.getByLabelText('Stage'), '');
    await user.selectOptions(screen.getByLabelText('Tag'), 'fintech');
    expect(names()).toEqual(['Bo']);
  });

  it('links each row to the contact page', () => {
    render(<ContactsView contacts={[aContact({ id: 'x y', fullName: 'Priya Raman' })]} />);
    expect(screen.getByRole('link', { name: /Priya Raman/ }).getAttribute('href')).toBe('#/contacts/x%20y');
  });
});
