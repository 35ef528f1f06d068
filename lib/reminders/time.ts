import { tz } from '@date-fns/tz';
import { addDays } from 'date-fns';

/**
 * `days` whole days later. Counted in UTC so the answer does not depend on the machine's
 * zone; across a DST change the local clock time may shift by an hour, which no follow-up
 * measured in days cares about.
 */
export const plusDays = (at: number, days: number) => addDays(at, days, { in: tz('UTC') }).getTime();

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
