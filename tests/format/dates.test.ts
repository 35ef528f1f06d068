import { formatDate, formatDateTime, formatDateTimeRange, formatMonth } from '@/lib/format/dates';

// 14:30 in Berlin (summer time, UTC+2) on Tuesday 3 June 2025.
const at = Date.UTC(2025, 5, 3, 12, 30);

describe('one date format, from the user locale', () => {
  it('writes a date and time the way the locale does', () => {
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe('3 Jun 2025, 14:30');
    expect(formatDateTime(at, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toBe('Jun 3, 2025, 2:30 PM');
    expect(formatDateTime(at, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('03.06.2025, 14:30');
  });

  it('writes a date alone with the same date part', () => {
    const date = formatDate(at, { locale: 'en-GB', timeZone: 'Europe/Berlin' });
    expect(date).toBe('3 Jun 2025');
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'Europe/Berlin' }).startsWith(date)).toBe(true);
  });

  it('writes a span once, with the day said once', () => {
    const range = formatDateTimeRange(at, at + 20 * 60_000, { locale: 'en-GB', timeZone: 'Europe/Berlin' });
    expect(range).toMatch(/^3 Jun 2025, 14:30\s*–\s*14:50$/);
  });

  it('names a month for charts', () => {
    expect(formatMonth(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('Jun 2025');
  });

  it('accepts a Date as well as a timestamp', () => {
    expect(formatDate(new Date(at), { locale: 'en-GB', timeZone: 'UTC' })).toBe('3 Jun 2025');
  });
});
