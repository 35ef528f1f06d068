// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BoardView } from '@/components/workspace/BoardView';
import { aContact } from '../../workspace/contact-fixture';

afterEach(cleanup);

const priya = aContact({ id: 'p', fullName: 'Priya Raman', stage: 'identified', currentTitle: 'UX Researcher' });
const sam = aContact({ id: 's', fullName: 'Sam Lee', stage: 'scheduled' });
const old = aContact({ id: 'o', fullName: 'Old Friend', stage: 'no-reply' });

const card = (name: RegExp) => screen.getByRole('listitem', { name });

describe('BoardView', () => {
  it('shows pipeline columns and folds the exits', () => {
    render(<BoardView contacts={[priya, sam, old]} onMove={vi.fn()} />);
    for (const title of ['Identified', 'Researching', 'Requested', 'Scheduled', 'Interviewed', 'Thanked', 'Keeping in touch']) {
      expect(screen.getByRole('heading', { name: new RegExp(`^${title}`) })).toBeTruthy();
    }
    expect(screen.getByText(/Exits \(1\): No reply 1 · Declined 0 · Archived 0/)).toBeTruthy();
  });

  it('→ on a focused card moves it to the next stage and announces it', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn(async () => null);
    render(<BoardView contacts={[priya, sam]} onMove={onMove} />);
    card(/Priya Raman, Identified/).focus();
    await user.keyboard('{ArrowRight}');
    expect(onMove).toHaveBeenCalledWith('p', 'researching');
    expect(screen.getByText('Moved Priya Raman to Researching.')).toBeTruthy();
    // The card moved column at once and kept focus, so → again keeps going.
    await waitFor(() => expect(document.activeElement).toBe(card(/Priya Raman, Researching/)));
    await user.keyboard('{ArrowRight}');
    expect(onMove).toHaveBeenLastCalledWith('p', 'requested');
  });

  it('← moves back; nothing happens at the first stage', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn(async () => null);
    render(<BoardView contacts={[priya, sam]} onMove={onMove} />);
    card(/Sam Lee/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(onMove).toHaveBeenCalledWith('s', 'requested');
    onMove.mockClear();
    card(/Priya Raman/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(onMove).not.toHaveBeenCalled();
  });

  it('the "Move to…" menu reaches any stage, exits included', async () => {
    const user = userEvent.setup();
    const onMove = vi.fn(async () => null);
    render(<BoardView contacts={[priya]} onMove={onMove} />);
    await user.selectOptions(screen.getByLabelText('Move Priya Raman to…'), 'declined');
    expect(onMove).toHaveBeenCalledWith('p', 'declined');
  });

  it('puts the card back and says why when the move fails', async () => {
    const user = userEvent.setup();
    render(<BoardView contacts={[priya]} onMove={async () => 'The database is busy. Try again.'} />);
    card(/Priya Raman/).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByText('Could not move Priya Raman: The database is busy. Try again.')).toBeTruthy());
    expect(card(/Priya Raman, Identified/)).toBeTruthy();
  });

  it('caps long columns behind "Show all"', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, i) => aContact({ id: `m${i}`, fullName: `Member ${i}`, stage: 'requested' }));
    render(<BoardView contacts={many} onMove={vi.fn()} perColumn={5} />);
    expect(screen.getAllByRole('listitem', { name: /Member/ })).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 12' }));
    expect(screen.getAllByRole('listitem', { name: /Member/ })).toHaveLength(12);
  });

  it('shows the true column sizes and asks for a whole column when only part is loaded', async () => {
    const user = userEvent.setup();
    const onShowAll = vi.fn();
    const onMove = vi.fn(async () => null);
    const loaded = Array.from({ length: 3 }, (_, i) => aContact({ id: `m${i}`, fullName: `Member ${i}`, stage: 'requested' }));
    render(<BoardView contacts={loaded} totals={{ requested: 40 }} onMove={onMove} onShowAll={onShowAll} />);
    expect(screen.getByRole('heading', { name: 'Requested 40' })).toBeTruthy();
    card(/Member 0/).focus();
    await user.keyboard('{ArrowRight}');
    // Until the database catches up, the counts follow the move.
    expect(screen.getByRole('heading', { name: 'Requested 39' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Scheduled 1' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show all 39' }));
    expect(onShowAll).toHaveBeenCalledWith('requested');
  });
});
