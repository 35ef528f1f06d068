// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useMovedFocus } from '@/components/shared/use-moved-focus';

/** A list a button can swap for another view and back, as the popup and the side panel do. */
function Swap({ also = true }: { also?: boolean }) {
  const [other, setOther] = useState(false);
  const { markMoved, headingRef } = useMovedFocus<HTMLHeadingElement>(also);
  if (other) {
    return (
      <button type="button" onClick={() => { markMoved(); setOther(false); }}>
        Back
      </button>
    );
  }
  return (
    <>
      <h2 tabIndex={-1} ref={headingRef}>List</h2>
      <button type="button" onClick={() => setOther(true)}>Open</button>
    </>
  );
}

describe('useMovedFocus', () => {
  afterEach(cleanup);

  it('leaves focus alone when the view first appears, and focuses its heading after a button moved back to it', async () => {
    const user = userEvent.setup();
    render(<Swap />);
    expect(document.activeElement).not.toBe(screen.getByRole('heading', { name: 'List' }));
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'List' }));
  });

  it('with the extra condition false, a move leaves focus to the caller', async () => {
    const user = userEvent.setup();
    render(<Swap also={false} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).not.toBe(screen.getByRole('heading', { name: 'List' }));
  });
});
