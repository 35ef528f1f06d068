import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Intl is the judge of IANA names: it is what every later conversion uses. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** True for 'YYYY-MM-DD' strings naming a real calendar day (no 31 April, 29 Feb only in leap years). */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DAY_MS = 86_400_000;

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
const offsetAt = (at: number, timeZone: string) => -new TZDate(at, timeZone).getTimezoneOffset() * 60_000;

/**
 * Epoch ms of a wall-clock 'YYYY-MM-DD' + 'HH:mm' in an IANA zone, or null when that time
 * does not exist there (the hour skipped when clocks go forward). In the repeated hour when
 * clocks go back, the earlier instant wins.
 *
 * Not `new TZDate(y, m, d, h, min, 0, zone)`: how it resolves the repeated hour depends on the
 * machine's own zone. Instead, try the zone's offsets from a day either side (every DST
 * change is covered) and keep the instants that read back as the wall clock asked for.
 */
export function fromWallClock(date: string, time: string, timeZone: string): number | null {
  if (!isRealDate(date) || !/^\d{2}:\d{2}$/.test(time) || !isValidTimeZone(timeZone)) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsets = new Set([asIfUtc - DAY_MS, asIfUtc, asIfUtc + DAY_MS].map((t) => offsetAt(t, timeZone)));
  const matches = [...offsets]
    .map((offset) => asIfUtc - offset)
    .filter((at) => {
      const wall = toWallClock(at, timeZone);
      return wall.date === date && wall.time === time;
    });
  return matches.length > 0 ? Math.min(...matches) : null;
}

/** The inverse: the 'YYYY-MM-DD' and 'HH:mm' an instant shows in a zone. */
export function toWallClock(at: number, timeZone: string): { date: string; time: string } {
  const zoned = new TZDate(at, timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}
