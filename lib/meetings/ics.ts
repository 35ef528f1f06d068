import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { meetingEnd, type Meeting } from './meeting';

// Hand-written: a VEVENT is a dozen lines, and the libraries pull in far more than the
// three RFC 5545 rules that matter here (escaping, folding, UTC times).

const FORMAT_WORDS: Record<Meeting['format'], string> = {
  coffee: 'coffee',
  call: 'call',
  video: 'video call',
  email: 'email exchange',
};

/** RFC 5545 §3.3.11 TEXT: escape backslash, semicolon and comma; newlines become "\n". */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space. Counts UTF-8
 * octets and never splits a character (Outlook shows a broken one as mojibake).
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (at: number) => format(at, "yyyyMMdd'T'HHmmss'Z'", { in: tz('UTC') });

export interface IcsOptions {
  contactName: string;
  myName?: string;
  /** e.g. "-//Coffee Chat//Coffee Chat 0.1.0//EN" */
  prodId: string;
  /** When the file is made; defaults to when the meeting was booked, so output is reproducible. */
  stampAt?: number;
}

function description(meeting: Meeting, { contactName, myName }: IcsOptions): string {
  const who = myName ? `${myName} and ${contactName}` : contactName;
  const lines = [`${meeting.durationMinutes}-minute ${FORMAT_WORDS[meeting.format]}: ${who}.`];
  lines.push('An informational interview: for advice, not a job.');
  if (meeting.link) lines.push(`Join: ${meeting.link}`);
  return lines.join('\n');
}

/** One meeting as an .ics calendar file (RFC 5545), times in UTC so every calendar agrees. */
export function meetingToIcs(meeting: Meeting, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(meeting.id)}@coffee-chat`,
    `DTSTAMP:${utc(options.stampAt ?? meeting.createdAt)}`,
    `DTSTART:${utc(meeting.start)}`,
    `DTEND:${utc(meetingEnd(meeting))}`,
    `SUMMARY:${escapeText(`Informational interview with ${options.contactName}`)}`,
  ];
  if (meeting.place) lines.push(`LOCATION:${escapeText(meeting.place)}`);
  // URL is a URI value, not TEXT: no escaping, and the schema already insists on https.
  if (meeting.link) lines.push(`URL:${meeting.link}`);
  lines.push(`DESCRIPTION:${escapeText(description(meeting, options))}`);
  lines.push(`STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "informational-interview-priya-shah-2025-03-10.ics" — the date as it falls in `timeZone` (UTC by default). */
export function icsFileName(contactName: string, start: number, timeZone = 'UTC'): string {
  const slug =
    contactName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'contact';
  return `informational-interview-${slug}-${format(start, 'yyyy-MM-dd', { in: tz(timeZone) })}.ics`;
}
