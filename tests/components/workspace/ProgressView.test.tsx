// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProgressView } from '@/components/workspace/ProgressView';
import { progressFromStageCounts } from '@/lib/workspace/progress';

afterEach(cleanup);

describe('ProgressView', () => {
  it('shows the reply rate, meetings this month and the funnel as bars', () => {
    const stats = progressFromStageCounts({ requested: 1, 'no-reply': 1, scheduled: 1, thanked: 1 });
    render(
      <ProgressView
        stats={stats}
        meetingsByMonth={[
          { month: new Date(2025, 3, 1).getTime(), count: 1 },
          { month: new Date(2025, 4, 1).getTime(), count: 3 },
        ]}
      />,
    );
    expect(screen.getByText('50%')).toBeTruthy();
    expect(screen.getByText('2 of 4 requests led to a meeting')).toBeTruthy();
    expect(screen.getByText('Meetings this month').nextElementSibling!.textContent).toBe('3');
    const funnel = screen.getByRole('img', { name: /Your pipeline/ });
    expect(funnel.querySelectorAll('rect')).toHaveLength(5);
    expect(screen.getByRole('img', { name: 'Meetings per month' }).querySelectorAll('rect')).toHaveLength(2);
  });

  it('shows a dash before any meetings are recorded', () => {
    render(<ProgressView stats={progressFromStageCounts({})} />);
    expect(screen.getByText('Meetings this month').nextElementSibling!.textContent).toBe('—');
  });
});
