// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingList } from '@/components/meetings/MeetingList';
import { formatDateTimeRange } from '@/lib/format/dates';
import type { Meeting } from '@/lib/meetings/meeting';

const base: Meeting = {
  id: 'm1',
  contactId: 'c1',
  // 14:30 in Berlin (summer time, UTC+2) on Tuesday 3 June 2025.
  start: Date.UTC(2025, 5, 3, 12, 30),
  durationMinutes: 20,
  timeZone: 'Europe/Berlin',
  place: 'Café Einstein, Unter den Linden 42',
  format: 'coffee',
  status: 'scheduled',
  createdAt: Date.UTC(2025, 4, 20),
};

function setup(meetings: Meeting[], userTimeZone = 'Europe/London') {
  const onDownloadIcs = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <MeetingList meetings={meetings} onDownloadIcs={onDownloadIcs} onCancel={onCancel} userTimeZone={userTimeZone} />,
  );
  return { onDownloadIcs, onCancel, user, ...view };
}

describe('MeetingList', () => {
  it('shows the time in the meeting zone and in the user zone', () => {
    setup([base]);
    // The one date format (lib/format/dates), in each zone: 14:30–14:50 in Berlin is 13:30–13:50 in London.
    const end = base.start + 20 * 60_000;
    // Intl puts thin spaces around the dash; testing-library reads every space as one.
    const range = (timeZone: string) => formatDateTimeRange(base.start, end, { timeZone }).replace(/\s+/g, ' ');
    expect(screen.getByText(`${range('Europe/Berlin')} (Europe/Berlin)`)).toBeTruthy();
    expect(screen.getByText(`Your time: ${range('Europe/London')} (Europe/London)`)).toBeTruthy();
    expect(formatDateTimeRange(base.start, end, { locale: 'en-GB', timeZone: 'Europe/London' })).toMatch(/13:30\s*–\s*13:50/);
    expect(screen.getByText('Café Einstein, Unter den Linden 42')).toBeTruthy();
  });

  it('shows one time when both zones read the same', () => {
    setup([base], 'Europe/Berlin');
    expect(screen.queryByText(/Your time/)).toBeNull();
  });

  it('calls back with the meeting from each button', async () => {
    const second: Meeting = { ...base, id: 'm2', start: base.start + 86_400_000 };
    // Given out of order: the list shows the soonest first.
    const { user, onDownloadIcs, onCancel } = setup([second, base]);
    const [first, next] = screen.getAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Download .ics' }));
    expect(onDownloadIcs).toHaveBeenCalledWith(base);
    await user.click(within(next!).getByRole('button', { name: 'Cancel meeting' }));
    expect(onCancel).toHaveBeenCalledWith(second);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onDownloadIcs).toHaveBeenCalledTimes(1);
  });

  it('offers no actions on cancelled or done meetings', () => {
    setup([
      { ...base, status: 'cancelled' },
      { ...base, id: 'm2', status: 'done' },
    ]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Cancelled')).toBeTruthy();
    expect(screen.getByText('Done')).toBeTruthy();
  });

  it('makes only https links clickable', () => {
    setup([
      { ...base, id: 'a', place: undefined, link: 'https://meet.example/abc', format: 'video' },
      { ...base, id: 'b', place: 'http://insecure.example/x' },
      { ...base, id: 'c', place: 'javascript:alert(1)' },
    ]);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://meet.example/abc');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('http://insecure.example/x').tagName).not.toBe('A');
    expect(screen.getByText('javascript:alert(1)').tagName).not.toBe('A');
  });

  it('keeps markup in a place literal', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = setup([{ ...base, place: evil }]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(evil)).toBeTruthy();
  });

  it('says when there are no meetings', () => {
    setup([]);
    expect(screen.getByText('No meetings yet.')).toBeTruthy();
  });
});

describe('MeetingList: rescheduling', () => {
  it('offers "Reschedule or edit" on a scheduled meeting and hands that meeting over', async () => {
    const onReschedule = vi.fn();
    render(<MeetingList meetings={[base]} onDownloadIcs={vi.fn()} onCancel={vi.fn()} onReschedule={onReschedule} userTimeZone="UTC" />);
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Reschedule or edit' })[0]!);
    expect(onReschedule).toHaveBeenCalledWith(base);
  });
});
