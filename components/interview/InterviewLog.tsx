import { useId, useMemo, useState } from 'react';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { overLimit } from '@/lib/limits/limit-text';
import {
  REFLECTION_QUESTIONS,
  chosenQuestions,
  prepareLog,
  type InterviewLog as InterviewLogValue,
  type InterviewPrep,
  type Referral,
  INTERVIEW_LIMITS,
} from '@/lib/interviews/interview';
import { profileUrlFromInput } from '@/lib/capture/profile-url';
import { TextList } from './TextList';

interface Props {
  /** Whose interview: the unsaved log is kept as a draft under this contact. */
  contactId: string;
  prep: InterviewPrep;
  /** The saved log; a newer one is shown unless the user has unsaved edits. */
  value: InterviewLogValue;
  /** Resolves to null when saved, or a sentence the user can act on. */
  onSave: (log: InterviewLogValue) => Promise<string | null>;
}

/** The method asks for two more names at the end of every interview. */
const SUGGESTED_REFERRALS = 2;

type RowReferral = { name: string; note: string; linkedinUrl: string; mayMentionName: boolean };

const toRow = (r: Referral): RowReferral => ({
  name: r.name,
  note: r.note ?? '',
  linkedinUrl: r.linkedinUrl ?? '',
  mayMentionName: r.mayMentionName ?? false,
});
const EMPTY_ROW: RowReferral = { name: '', note: '', linkedinUrl: '', mayMentionName: false };

/** What the form holds while the user types: the log plus referral rows as plain strings. */
interface LogForm {
  log: InterviewLogValue;
  people: RowReferral[];
}

/** During and right after the meeting: answers, notes, takeaways, next steps, names, reflection. */
export function InterviewLog({ contactId, prep, value, onSave }: Props) {
  const id = useId();
  // Referral rows hold plain strings while typing; optional fields are dropped on save.
  const savedForm = useMemo<LogForm>(() => ({ log: value, people: value.referrals.map(toRow) }), [value]);
  const form = useDraftField<LogForm>({ surface: 'interview-log', scope: contactId, field: '' }, savedForm);
  const { log, people } = form.value;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const questions = chosenQuestions(prep);
  const namedCount = people.filter((p) => p.name.trim()).length;

  // Functional updates: at 5 ms a key, the next keystroke can arrive before this render lands.
  const update = (patch: (l: InterviewLogValue) => Partial<InterviewLogValue>) => {
    setSaved(false);
    form.set((f) => ({ ...f, log: { ...f.log, ...patch(f.log) } }));
  };
  const setPeople = (change: (rows: RowReferral[]) => RowReferral[]) => {
    setSaved(false);
    form.set((f) => ({ ...f, people: change(f.people) }));
  };
  const updatePerson = (index: number, patch: Partial<RowReferral>) =>
    setPeople((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const flush = () => void form.flush();

  const save = async () => {
    const submitted = form.value;
    const tooLong = overLimit('Interview notes', INTERVIEW_LIMITS.notes, submitted.log.notes);
    if (tooLong) {
      setError(tooLong);
      return;
    }
    const prepared = prepareLog({ ...submitted.log, referrals: submitted.people });
    if (!prepared.ok) {
      setError(prepared.error);
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await onSave(prepared.log);
    setBusy(false);
    setError(failure);
    setSaved(failure === null);
    if (failure === null) form.markSaved(submitted);
  };

  return (
    <div className="interview-log" onBlur={flush}>
      {form.restored && <RestoredDraftNote onDiscard={form.discard} />}
      <section aria-labelledby={`${id}-answers`}>
        <h3 id={`${id}-answers`}>Answers</h3>
        {questions.length === 0 && <p className="hint">No questions were prepared; use the notes below.</p>}
        {questions.map((q) => (
          <div key={q.key} className="field">
            <label htmlFor={`${id}-${q.key}`}>{q.text}</label>
            {q.hint && <p className="hint">{q.hint}</p>}
            <textarea
              id={`${id}-${q.key}`}
              rows={2}
              value={log.answers[q.key] ?? ''}
              onChange={(e) => {
                const text = e.target.value;
                update((l) => ({ answers: { ...l.answers, [q.key]: text } }));
              }}
            />
            <LimitCounter label="Each answer" length={(log.answers[q.key] ?? '').length} limit={INTERVIEW_LIMITS.answer} />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={4}
            value={log.notes}
            aria-describedby={`${id}-notes-count`}
            onChange={(e) => {
              const notes = e.target.value;
              update(() => ({ notes }));
            }}
          />
          <LimitCounter id={`${id}-notes-count`} label="Interview notes" length={log.notes.length} limit={INTERVIEW_LIMITS.notes} always />
        </div>
      </section>

      <TextList
        title="Key takeaways"
        itemLabel="Takeaway"
        addLabel="Add takeaway"
        hint="The thank-you note cites your first takeaway: something specific you learned."
        items={log.takeaways}
        onChange={(takeaways) => update(() => ({ takeaways }))}
      />
      <TextList
        title="Next steps"
        itemLabel="Next step"
        addLabel="Add next step"
        items={log.nextSteps}
        onChange={(nextSteps) => update(() => ({ nextSteps }))}
      />

      <section aria-labelledby={`${id}-people`}>
        <h3 id={`${id}-people`}>People to talk to next</h3>
        {namedCount < SUGGESTED_REFERRALS && (
          <p className="hint" role="note">
            The method suggests asking for two more people to talk to: “Who else would you suggest I talk to, and may I
            mention your name?”
          </p>
        )}
        {people.map((person, i) => {
          const linkInvalid = person.linkedinUrl.trim() !== '' && profileUrlFromInput(person.linkedinUrl) === null;
          return (
            <fieldset key={i} className="referral">
              <legend>{`Person ${i + 1}`}</legend>
              <div className="field">
                <label htmlFor={`${id}-p${i}-name`}>Name</label>
                <input
                  id={`${id}-p${i}-name`}
                  value={person.name}
                  onChange={(e) => updatePerson(i, { name: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-p${i}-url`}>LinkedIn URL (optional)</label>
                <input
                  id={`${id}-p${i}-url`}
                  type="url"
                  inputMode="url"
                  placeholder="https://www.linkedin.com/in/…"
                  value={person.linkedinUrl}
                  aria-invalid={linkInvalid || undefined}
                  aria-describedby={linkInvalid ? `${id}-p${i}-url-err` : undefined}
                  onChange={(e) => updatePerson(i, { linkedinUrl: e.target.value })}
                />
                {linkInvalid && (
                  <p id={`${id}-p${i}-url-err`} className="field-error">
                    A LinkedIn link looks like https://www.linkedin.com/in/their-name/.
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-p${i}-note`}>Note</label>
                <input
                  id={`${id}-p${i}-note`}
                  value={person.note}
                  placeholder="Runs the design team at Acme"
                  onChange={(e) => updatePerson(i, { note: e.target.value })}
                />
              </div>
              <div className="checkbox-field">
                <label>
                  <input
                    type="checkbox"
                    checked={person.mayMentionName}
                    onChange={(e) => updatePerson(i, { mayMentionName: e.target.checked })}
                  />{' '}
                  May I mention your name?
                </label>
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => setPeople((rows) => rows.filter((_, j) => j !== i))}
              >
                {`Remove person ${i + 1}`}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => setPeople((rows) => [...rows, { ...EMPTY_ROW }])}
        >
          Add a person to talk to
        </button>
      </section>

      <section aria-labelledby={`${id}-reflection`}>
        <h3 id={`${id}-reflection`}>Reflection</h3>
        {REFLECTION_QUESTIONS.map(({ key, text }) => (
          <div key={key} className="field">
            <label htmlFor={`${id}-r-${key}`}>{text}</label>
            <textarea
              id={`${id}-r-${key}`}
              rows={2}
              value={log.reflection[key]}
              onChange={(e) => {
                const text = e.target.value;
                update((l) => ({ reflection: { ...l.reflection, [key]: text } }));
              }}
            />
            <LimitCounter label="Each reflection" length={log.reflection[key].length} limit={INTERVIEW_LIMITS.reflection} />
          </div>
        ))}
      </section>

      <div className="form-actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {busy ? 'Saving…' : 'Save interview log'}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="status-line">
        {saved ? 'Interview log saved ✓' : ''}
      </p>
    </div>
  );
}
