import { useId, useMemo, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { sameValue } from '@/lib/drafts/same-value';
import { overLimit } from '@/lib/limits/limit-text';
import {
  DEFAULT_DURATION,
  MAX_DURATION,
  MEETING_FORMATS,
  MIN_DURATION,
  PLACE_LIMIT,
  type MeetingFormat,
  type MeetingInput,
} from '@/lib/meetings/meeting';

/** What the form hands over: the parsed shape of MeetingInput (meetingFromInput validates it again). */
export type MeetingFormValues = z.output<typeof MeetingInput>;

interface Props {
  /** Whose meeting: the unsent form is kept as a draft under this contact. */
  contactId: string;
  /** Resolves to null when saved, or a sentence the user can act on (shown in the form). */
  onSave: (input: MeetingFormValues) => Promise<string | null>;
  /** Values to start from (an existing meeting, when editing). */
  initial?: Partial<MeetingFormValues>;
  /** The meeting being rescheduled or edited: its unsaved changes are kept apart from a new one's. */
  meetingId?: string;
}

/** What the form holds while the user fills it in. */
interface FormState {
  date: string;
  time: string;
  duration: string;
  timeZone: string;
  place: string;
  format: MeetingFormat;
}

/** method.md: ask for 20 minutes, never plan past 30. */
const ADVISED_MAX_MINUTES = 30;

const FORMAT_LABELS: Record<MeetingFormat, string> = {
  coffee: 'Coffee (in person)',
  call: 'Phone call',
  video: 'Video call',
  email: 'Email',
};

const PLACE_HINTS: Record<MeetingFormat, string> = {
  coffee: 'Café name and address',
  call: 'Phone number, or who calls whom',
  video: 'https:// meeting link, or "link to follow"',
  email: 'Email address',
};

function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA zone the browser knows, plus the ones in use: Chrome's list leaves out "UTC". */
function timeZoneOptions(...inUse: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(known);
  for (const zone of inUse) if (zone) all.add(zone);
  return [...all].sort();
}

/** Date, time and place of an informational interview; times are read in the chosen zone. */
export function MeetingForm({ contactId, onSave, initial, meetingId }: Props) {
  const id = useId();
  const start = useMemo<FormState>(
    () => ({
      date: initial?.date ?? '',
      time: initial?.time ?? '',
      // A string while typing, so the field can be empty for a moment without snapping back.
      duration: String(initial?.durationMinutes ?? DEFAULT_DURATION),
      timeZone: initial?.timeZone ?? userTimeZone(),
      place: initial?.place ?? '',
      format: initial?.format ?? 'coffee',
    }),
    [initial?.date, initial?.time, initial?.durationMinutes, initial?.timeZone, initial?.place, initial?.format],
  );
  const form = useDraftField<FormState>({ surface: 'meeting-form', scope: contactId, field: meetingId ?? '' }, start);
  const { date, time, duration, timeZone, place, format } = form.value;
  const edit = (patch: Partial<FormState>) => form.set((f) => ({ ...f, ...patch }));
  const setDate = (date: string) => edit({ date });
  const setTime = (time: string) => edit({ time });
  const setDuration = (duration: string) => edit({ duration });
  const setTimeZone = (timeZone: string) => edit({ timeZone });
  const setPlace = (place: string) => edit({ place });
  const setFormat = (format: MeetingFormat) => edit({ format });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZoneOptions(userTimeZone(), initial?.timeZone ?? ''), [initial?.timeZone]);

  const minutes = Number(duration);
  const tooLong = Number.isFinite(minutes) && minutes > ADVISED_MAX_MINUTES;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!date) return setError('Enter the meeting date.');
    if (!time) return setError('Enter the start time.');
    if (!Number.isInteger(minutes) || minutes < MIN_DURATION || minutes > MAX_DURATION) {
      return setError(`Length must be a whole number of minutes from ${MIN_DURATION} to ${MAX_DURATION}.`);
    }
    const tooLong = overLimit('The place', PLACE_LIMIT, place.trim());
    if (tooLong) return setError(tooLong);
    const submitted = form.value;
    setError(null);
    setBusy(true);
    const failure = await onSave({ date, time, durationMinutes: minutes, timeZone, place: place.trim(), format });
    setBusy(false);
    setError(failure);
    setSaved(failure === null);
    if (failure !== null) return;
    if (meetingId) return form.markSaved(submitted);
    // A new meeting is stored: the form is for the next one, so it empties (left filled, a second
    // click added the same meeting again). Anything typed while the save ran stays, as a draft.
    form.set((now) => (sameValue(now, submitted) ? start : now));
    form.markSaved(start);
  };

  // noValidate: the browser's own bubbles are not announced consistently; errors go in role="alert".
  return (
    <form className="meeting-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Meeting" onBlur={() => void form.flush()}>
      {form.restored && <RestoredDraftNote onDiscard={form.discard} />}
      <div className="field">
        <label htmlFor={`${id}-date`}>Meeting date</label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>Start time</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
        <input
          id={`${id}-duration`}
          type="number"
          min={MIN_DURATION}
          max={MAX_DURATION}
          step={5}
          value={duration}
          aria-describedby={tooLong ? `${id}-duration-advice` : undefined}
          onChange={(e) => setDuration(e.target.value)}
        />
        {tooLong && (
          <p id={`${id}-duration-advice`} className="hint">
            The method suggests asking for 20 minutes and never planning past 30.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
        <select id={`${id}-zone`} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as MeetingFormat)}>
          {MEETING_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        {format === 'email' && (
          <p className="hint">Email is the weakest format; in person is best, then video or a call.</p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-place`}>Place or link</label>
        <input
          id={`${id}-place`}
          value={place}
          placeholder={PLACE_HINTS[format]}
          onChange={(e) => setPlace(e.target.value)}
        />
        <LimitCounter label="The place" length={place.length} limit={PLACE_LIMIT} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Save meeting
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="status-line">
        {saved ? 'Meeting saved ✓' : ''}
      </p>
    </form>
  );
}
