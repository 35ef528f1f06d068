import { useId, useState } from 'react';
import {
  REFLECTION_QUESTIONS,
  chosenQuestions,
  prepareLog,
  type InterviewLog as InterviewLogValue,
  type InterviewPrep,
  type Referral,
} from '@/lib/interviews/interview';
import { profileUrlFromInput } from '@/lib/capture/profile-url';
import { TextList } from './TextList';

interface Props {
  prep: InterviewPrep;
  /** The saved log. Read once: give the component a `key` (the interview id) to load another. */
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

/** During and right after the meeting: answers, notes, takeaways, next steps, names, reflection. */
export function InterviewLog({ prep, value, onSave }: Props) {
  const id = useId();
  const [log, setLog] = useState<InterviewLogValue>(value);
  // Referral rows hold plain strings while typing; optional fields are dropped on save.
  const [people, setPeople] = useState<RowReferral[]>(() => value.referrals.map(toRow));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const questions = chosenQuestions(prep);
  const namedCount = people.filter((p) => p.name.trim()).length;

  const update = (patch: Partial<InterviewLogValue>) => {
    setSaved(false);
    setLog((l) => ({ ...l, ...patch }));
  };
  const updatePerson = (index: number, patch: Partial<RowReferral>) => {
    setSaved(false);
    setPeople((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };

  const save = async () => {
    const prepared = prepareLog({ ...log, referrals: people });
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
  };

  return (
    <div className="interview-log">
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
              onChange={(e) => update({ answers: { ...log.answers, [q.key]: e.target.value } })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea id={`${id}-notes`} rows={4} value={log.notes} onChange={(e) => update({ notes: e.target.value })} />
        </div>
      </section>

      <TextList
        title="Key takeaways"
        itemLabel="Takeaway"
        addLabel="Add takeaway"
        hint="The thank-you note cites your first takeaway: something specific you learned."
        items={log.takeaways}
        onChange={(takeaways) => update({ takeaways })}
      />
      <TextList
        title="Next steps"
        itemLabel="Next step"
        addLabel="Add next step"
        items={log.nextSteps}
        onChange={(nextSteps) => update({ nextSteps })}
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
                onClick={() => {
                  setSaved(false);
                  setPeople((rows) => rows.filter((_, j) => j !== i));
                }}
              >
                {`Remove person ${i + 1}`}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSaved(false);
            setPeople((rows) => [...rows, { ...EMPTY_ROW }]);
          }}
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
              onChange={(e) => update({ reflection: { ...log.reflection, [key]: e.target.value } })}
            />
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
