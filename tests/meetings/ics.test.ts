import { escapeText, foldLine, icsFileName, meetingToIcs } from '@/lib/meetings/ics';
import type { Meeting } from '@/lib/meetings/meeting';

const coffee: Meeting = {
  id: 'm1',
  contactId: 'c1',
  start: Date.parse('2025-03-10T14:00:00Z'), // 10:00 in New York, the day after clocks went forward
  durationMinutes: 20,
  timeZone: 'America/New_York',
  place: 'Café Lumen, 5th Ave; table by the window',
  format: 'coffee',
  status: 'scheduled',
  createdAt: Date.parse('2025-03-01T12:00:00Z'),
};
const options = { contactName: 'Priya Shah', myName: 'Alex Kim', prodId: '-//Coffee Chat//Coffee Chat 0.1.0//EN' };
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('meetingToIcs', () => {
  it('matches the golden file', () => {
    expect(meetingToIcs(coffee, options)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Coffee Chat//Coffee Chat 0.1.0//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:m1@coffee-chat',
        'DTSTAMP:20250301T120000Z',
        'DTSTART:20250310T140000Z',
        'DTEND:20250310T142000Z',
        'SUMMARY:Informational interview with Priya Shah',
        'LOCATION:Café Lumen\\, 5th Ave\\; table by the window',
        'DESCRIPTION:20-minute coffee: Alex Kim and Priya Shah.\\nAn informational in',
        ' terview: for advice\\, not a job.',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('a video call: URL unescaped, link in the description, no location; cancelled shows as such', () => {
    const video: Meeting = { ...coffee, place: undefined, link: 'https://meet.example.com/abc-defg-hij?pwd=a,b', format: 'video', status: 'cancelled' };
    const lines = meetingToIcs(video, { ...options, myName: undefined }).split('\r\n');
    expect(lines).toContain('URL:https://meet.example.com/abc-defg-hij?pwd=a,b');
    expect(lines.some((l) => l.startsWith('LOCATION'))).toBe(false);
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines.find((l) => l.startsWith('DESCRIPTION'))).toBe(
      'DESCRIPTION:20-minute video call: Priya Shah.\\nAn informational interview: ',
    );
  });

  it('uses CRLF only, and no line is longer than 75 octets, even with multi-byte names', () => {
    const name = 'Zoë Åström-Ünal 李小龍 '.repeat(6);
    const ics = meetingToIcs(coffee, { ...options, contactName: name });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    // Unfolding gives back the whole summary, with no character cut in half.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Informational interview with ${name}`);
  });

  it('a name cannot inject properties', () => {
    const ics = meetingToIcs(coffee, { ...options, contactName: 'Eve\r\nATTENDEE:mailto:x@example.com' });
    expect(ics).toContain('SUMMARY:Informational interview with Eve\\nATTENDEE:mailto:x@example.com');
    expect(ics.split('\r\n').some((l) => l.startsWith('ATTENDEE'))).toBe(false);
  });
});

describe('text escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines; drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('folds at 75 octets, continuation lines carrying 74 after the space', () => {
    const line = 'X'.repeat(200);
    const parts = foldLine(line).split('\r\n');
    expect(parts.map((p) => p.length)).toEqual([75, 75, 52]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(foldLine('short')).toBe('short');
  });
});

describe('icsFileName', () => {
  it('names the person and the day', () => {
    expect(icsFileName('Priya Shah', coffee.start)).toBe('informational-interview-priya-shah-2025-03-10.ics');
    expect(icsFileName('Zoë Åström', coffee.start)).toBe('informational-interview-zoe-astrom-2025-03-10.ics');
    expect(icsFileName('李小龍', coffee.start)).toBe('informational-interview-contact-2025-03-10.ics');
  });

  it('uses the meeting’s own date when given its zone', () => {
    const lateEvening = Date.parse('2025-03-11T02:00:00Z'); // 22:00 on the 10th in New York
    expect(icsFileName('Priya', lateEvening)).toBe('informational-interview-priya-2025-03-11.ics');
    expect(icsFileName('Priya', lateEvening, 'America/New_York')).toBe('informational-interview-priya-2025-03-10.ics');
  });
});
