import { z } from 'zod';
import { Timestamp } from '@/lib/records/fields';
import { fromWallClock, isRealDate, isValidTimeZone } from './wall-clock';

export const MEETING_FORMATS = ['coffee', 'call', 'video', 'email'] as const;
export const MeetingFormat = z.enum(MEETING_FORMATS, { error: 'Choose coffee, call, video or email' });
export type MeetingFormat = z.infer<typeof MeetingFormat>;

export const MeetingStatus = z.enum(['scheduled', 'cancelled', 'done']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const MIN_DURATION = 5;
export const MAX_DURATION = 240;
/** method.md: ask for 20 minutes. */
export const DEFAULT_DURATION = 20;
/** Longest place or link a meeting keeps; the form counts against it. */
export const PLACE_LIMIT = 500;

const durationMessage = `Length must be a whole number of minutes from ${MIN_DURATION} to ${MAX_DURATION}`;
const Duration = z
  .number({ error: durationMessage })
  .int(durationMessage)
  .min(MIN_DURATION, durationMessage)
  .max(MAX_DURATION, durationMessage);

export const TimeZone = z.string().refine(isValidTimeZone, 'Pick a time zone from the list');

const HttpsLink = z.url({ protocol: /^https$/, error: 'Links must start with https://' });

export const Meeting = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  start: Timestamp,
  durationMinutes: Duration.default(DEFAULT_DURATION),
  /** The zone the meeting was agreed in: confirmations are timed by its wall clock. */
  timeZone: TimeZone,
  place: z.string().max(PLACE_LIMIT).optional(),
  link: HttpsLink.optional(),
  format: MeetingFormat,
  status: MeetingStatus.default('scheduled'),
  createdAt: Timestamp,
  /**
   * When it was last moved to a new time. Optional, so meetings stored (or backed up) before
   * moves were recorded still parse; those were never moved as far as anyone knows.
   */
  movedAt: Timestamp.optional(),
});
export type Meeting = z.infer<typeof Meeting>;

/**
 * When the current time was agreed: booked, or last moved. A confirmation sent before it was
 * for another time, and the confirm reminder is timed from it.
 */
export const agreedAt = (m: Pick<Meeting, 'createdAt' | 'movedAt'>) => m.movedAt ?? m.createdAt;

export const meetingEnd = (m: Pick<Meeting, 'start' | 'durationMinutes'>) => m.start + m.durationMinutes * 60_000;

// Form fields arrive as strings; a blank length means "use the default".
const FormDuration = z.preprocess((v) => {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  return v;
}, Duration.default(DEFAULT_DURATION));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the meeting form submits. `place` holds an address, a phone number or an https link. */
export const MeetingInput = z
  .object({
    date: z
      .string({ error: 'Enter a date' })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD')
      .refine(isRealDate, 'That date does not exist'),
    time: z
      .string({ error: 'Enter a time' })
      .trim()
      .regex(TIME, 'Enter the time as HH:mm, for example 14:30'),
    durationMinutes: FormDuration,
    timeZone: z.string({ error: 'Pick a time zone from the list' }).pipe(TimeZone),
    place: z.string().trim().max(PLACE_LIMIT, 'Keep the place under 500 characters').default(''),
    format: MeetingFormat,
  })
  .superRefine((input, ctx) => {
    // No place is fine: a meeting logged after it happened, or a call whose link comes later.
    // The confirmation draft then leaves the place as a blank to fill.
    if (/^http:\/\//i.test(input.place)) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Links must start with https://' });
    }
    // zod runs this even when a field above failed: only judge a date, time and zone that parsed.
    const parsedFine = isRealDate(input.date) && TIME.test(input.time) && isValidTimeZone(input.timeZone);
    if (parsedFine && fromWallClock(input.date, input.time, input.timeZone) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: `${input.time} does not exist on ${input.date} in ${input.timeZone} (the clocks go forward); pick another time`,
      });
    }
  });
export type MeetingInput = z.input<typeof MeetingInput>;
export type MeetingInputField = keyof z.output<typeof MeetingInput>;

export type MeetingResult =
  | { ok: true; meeting: Meeting }
  | { ok: false; errors: Partial<Record<MeetingInputField, string>> };

function isHttpsLink(text: string): boolean {
  return HttpsLink.safeParse(text).success;
}

/** Turns the form into a Meeting: the wall-clock date and time are read in the chosen zone. */
export function meetingFromInput(input: unknown, ids: { id: string; contactId: string }, now: number): MeetingResult {
  const parsed = MeetingInput.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<MeetingInputField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as MeetingInputField | undefined;
      if (field && !errors[field]) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const { date, time, timeZone, durationMinutes, place, format } = parsed.data;
  const start = fromWallClock(date, time, timeZone);
  if (start === null) return { ok: false, errors: { time: 'Pick another time' } }; // superRefine already caught this
  const where = isHttpsLink(place) ? { link: place } : place ? { place } : {};
  const meeting = Meeting.parse({
    id: ids.id,
    contactId: ids.contactId,
    start,
    durationMinutes,
    timeZone,
    ...where,
    format,
    status: 'scheduled',
    createdAt: now,
  });
  return { ok: true, meeting };
}
