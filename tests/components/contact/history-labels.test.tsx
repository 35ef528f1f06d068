// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { OutreachList } from '@/components/contact/OutreachList';
import { Timeline } from '@/components/contact/Timeline';
import { CAUSES, type TimelineEvent } from '@/lib/timeline/event';

afterEach(cleanup);

const at = Date.UTC(2025, 5, 3, 12, 30);

describe('a contact history in plain words', () => {
  it('names sent messages by template and channel as the user knows them, not by id', () => {
    render(
      <OutreachList
        outreach={[{ id: 'o1', contactId: 'c1', sentAt: at, kind: 'cold-ask', channel: 'linkedin-message', text: 'Hi' }]}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Cold ask · LinkedIn message');
    expect(item.textContent).not.toMatch(/cold-ask|linkedin-message/);
  });

  it('still reads well for a kind it does not know (an older backup)', () => {
    render(<OutreachList outreach={[{ id: 'o1', contactId: 'c1', sentAt: at, kind: 'coffee-follow-up', channel: 'sms', text: 'Hi' }]} />);
    expect(screen.getByRole('listitem').textContent).toContain('Coffee follow up · Sms');
  });

  it('says what happened once, not "Meeting scheduled · Meeting scheduled"', () => {
    const events: TimelineEvent[] = [
      { id: 'e1', contactId: 'c1', at, type: 'meeting-scheduled', cause: CAUSES.meetingScheduled },
      { id: 'e2', contactId: 'c1', at: at + 1, type: 'reply-logged', cause: CAUSES.replyLogged },
    ];
    render(<Timeline events={events} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[1]).toContain('Meeting scheduled');
    expect(items[1]!.match(/Meeting scheduled/g)).toHaveLength(1);
    expect(items[0]!.match(/Reply logged/g)).toHaveLength(1);
  });

  it('keeps a cause that adds something', () => {
    const events: TimelineEvent[] = [
      { id: 'e1', contactId: 'c1', at, type: 'stage-changed', fromStage: 'identified', toStage: 'requested', cause: CAUSES.markedAsSent },
    ];
    render(<Timeline events={events} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/Identified → Requested · Marked as sent/);
  });
});
