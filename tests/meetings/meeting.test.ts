import { Meeting, meetingFromInput } from '@/lib/meetings/meeting';
import { fromWallClock } from '@/lib/meetings/wall-clock';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const ids = { id: 'm1', contactId: 'c1' };
const form = { date: '2025-03-10', time: '10:00', durationMinutes: '20', timeZone: 'America/New_York', place: 'Café Lumen', format: 'coffee' };

describe('meetingFromInput', () => {
  it('reads the wall-clock time in the chosen zone, on either side of a DST change', () => {
    const after = meetingFromInput(form, ids, NOW);
    expect(after).toEqual({
      ok: true,
      meeting: {
        id: 'm1',
        contactId: 'c1',
        start: Date.parse('2025-03-10T14:00:00Z'), // EDT, UTC-4
        durationMinutes: 20,
        timeZone: 'America/New_York',
        place: 'Café Lumen',
        format: 'coffee',
        status: 'scheduled',
        createdAt: NOW,
      },
    });
    const before = meetingFromInput({ ...form, date: '2025-03-07' }, ids, NOW);
    expect(before.ok && before.meeting.start).toBe(Date.parse('2025-03-07T15:00:00Z')); // EST, UTC-5
    const stockholm = meetingFromInput({ ...form, date: '2025-03-31', timeZone: 'Europe/Stockholm' }, ids, NOW);
    expect(stockholm.ok && stockholm.meeting.start).toBe(Date.parse('2025-03-31T08:00:00Z')); // CEST
  });

  it('defaults the length to 20 minutes', () => {
    const result = meetingFromInput({ ...form, durationMinutes: '' }, ids, NOW);
    expect(result.ok && result.meeting.durationMinutes).toBe(20);
    const omitted = meetingFromInput({ ...form, durationMinutes: undefined }, ids, NOW);
    expect(omitted.ok && omitted.meeting.durationMinutes).toBe(20);
  });

  it('an https place becomes the link', () => {
    const result = meetingFromInput({ ...form, format: 'video', place: 'https://meet.example.com/abc' }, ids, NOW);
    expect(result.ok && result.meeting).toMatchObject({ link: 'https://meet.example.com/abc', format: 'video' });
    expect(result.ok && result.meeting.place).toBeUndefined();
  });

  it.each([
    [{ date: '10/03/2025' }, 'date', 'Enter the date as YYYY-MM-DD'],
    [{ date: '2025-02-30' }, 'date', 'That date does not exist'],
    [{ time: '9:00' }, 'time', 'Enter the time as HH:mm, for example 14:30'],
    [{ time: '24:00' }, 'time', 'Enter the time as HH:mm, for example 14:30'],
    [{ durationMinutes: '2' }, 'durationMinutes', 'Length must be a whole number of minutes from 5 to 240'],
    [{ durationMinutes: 500 }, 'durationMinutes', 'Length must be a whole number of minutes from 5 to 240'],
    [{ durationMinutes: '12.5' }, 'durationMinutes', 'Length must be a whole number of minutes from 5 to 240'],
    [{ durationMinutes: 'twenty' }, 'durationMinutes', 'Length must be a whole number of minutes from 5 to 240'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'Pick a time zone from the list'],
    [{ timeZone: '' }, 'timeZone', 'Pick a time zone from the list'],
    [{ format: 'lunch' }, 'format', 'Choose coffee, call, video or email'],
    [{ format: 'video', place: 'http://meet.example.com/abc' }, 'place', 'Links must start with https://'],
  ])('refuses %j with a message on %s', (change, field, message) => {
    expect(meetingFromInput({ ...form, ...change }, ids, NOW)).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('refuses a time the clocks skip', () => {
    expect(meetingFromInput({ ...form, date: '2025-03-09', time: '02:30' }, ids, NOW)).toEqual({
      ok: false,
      errors: {
        time: '02:30 does not exist on 2025-03-09 in America/New_York (the clocks go forward); pick another time',
      },
    });
  });

  it('a coffee or a video call saves without a place: logged afterwards, or the link comes later', () => {
    const coffee = meetingFromInput({ ...form, format: 'coffee', place: '' }, ids, NOW);
    expect(coffee.ok && coffee.meeting.place).toBe(undefined);
    expect(meetingFromInput({ ...form, format: 'video', place: ' ' }, ids, NOW).ok).toBe(true);
  });

  it('a call or an email needs no place', () => {
    expect(meetingFromInput({ ...form, format: 'call', place: '' }, ids, NOW).ok).toBe(true);
    expect(meetingFromInput({ ...form, format: 'email', place: undefined }, ids, NOW).ok).toBe(true);
  });
});

describe('Meeting record', () => {
  const valid = { ...ids, start: Date.UTC(2026, 0, 5, 10), timeZone: 'UTC', format: 'call', createdAt: Date.UTC(2026, 0, 1) };
  it('fills defaults and validates', () => {
    expect(Meeting.parse(valid)).toMatchObject({ durationMinutes: 20, status: 'scheduled' });
    expect(Meeting.safeParse({ ...valid, timeZone: 'Nowhere/Land' }).success).toBe(false);
    expect(Meeting.safeParse({ ...valid, link: 'http://example.com' }).success).toBe(false);
    expect(Meeting.safeParse({ ...valid, durationMinutes: 4 }).success).toBe(false);
    // A start outside what Date can show blanked the contact page ("Invalid time value").
    expect(Meeting.safeParse({ ...valid, start: 9e15 }).success).toBe(false);
  });
});

describe('fromWallClock', () => {
  it('takes the earlier instant in the hour the clocks repeat', () => {
    expect(fromWallClock('2025-11-02', '01:30', 'America/New_York')).toBe(Date.parse('2025-11-02T05:30:00Z'));
  });
});

describe('fromWallClock across zones', () => {
  it.each([
    ['2025-03-09', '02:30', 'America/New_York', null], // skipped
    ['2025-03-30', '02:15', 'Europe/Stockholm', null], // skipped
    ['2025-10-26', '02:30', 'Europe/Stockholm', '2025-10-26T00:30:00Z'], // repeated: the CEST one
    ['2025-04-06', '01:45', 'Australia/Lord_Howe', '2025-04-05T14:45:00Z'], // half-hour DST, repeated: the +11:00 one
    ['2025-06-01', '00:00', 'Asia/Kolkata', '2025-05-31T18:30:00Z'],
  ])('%s %s in %s', (date, time, zone, iso) => {
    expect(fromWallClock(date, time, zone)).toBe(iso === null ? null : Date.parse(iso));
  });
});
