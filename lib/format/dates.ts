/**
 * The one way a screen shows a date: the user's locale (the browser's language) through
 * Intl.DateTimeFormat, a medium date ("3 Jun 2025", "Jun 3, 2025", "03.06.2025") and, where
 * the moment matters, a short time. Every component that shows a date calls these, so the
 * product never mixes formats. Message text (lib/compose) writes dates for the recipient and
 * file names use ISO dates; neither goes through here.
 */
export interface DateFormatOptions {
  /** BCP 47 tag; the browser's own when left out. Tests pass one so they do not depend on the machine. */
  locale?: string;
  /** IANA zone; the browser's own when left out (a meeting passes its own zone). */
  timeZone?: string;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

// Building a formatter costs far more than using one, and long lists format hundreds of dates.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Intl.DateTimeFormatOptions, { locale, timeZone }: DateFormatOptions): Intl.DateTimeFormat {
  const key = `${JSON.stringify(style)}|${locale ?? ''}|${timeZone ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...style, ...(timeZone ? { timeZone } : {}) });
    cache.set(key, f);
  }
  return f;
}

/** "3 Jun 2025" (en-GB), "Jun 3, 2025" (en-US). */
export function formatDate(at: number | Date, options: DateFormatOptions = {}): string {
  return formatter(DATE, options).format(at);
}

/** "3 Jun 2025, 14:30" (en-GB), "Jun 3, 2025, 2:30 PM" (en-US). */
export function formatDateTime(at: number | Date, options: DateFormatOptions = {}): string {
  return formatter(DATE_TIME, options).format(at);
}

/** "3 Jun 2025, 14:30 – 14:50": the day said once when both ends fall on it. */
export function formatDateTimeRange(start: number | Date, end: number | Date, options: DateFormatOptions = {}): string {
  return formatter(DATE_TIME, options).formatRange(start, end);
}

/** "Jun 2025": a month on a chart's axis. */
export function formatMonth(at: number | Date, options: DateFormatOptions = {}): string {
  return formatter(MONTH, options).format(at);
}

/** The value for a `<time dateTime>` attribute: machine-readable, never shown. */
export function isoMoment(at: number | Date): string {
  return new Date(at).toISOString();
}
