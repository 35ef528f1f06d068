import { useId, useState } from 'react';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import {
  INTERVIEW_LIMITS,
  addUnique,
  chosenQuestions,
  researchToQuestions,
  type InterviewPrep,
} from '@/lib/interviews/interview';
import { questionsByGroup } from '@/lib/interviews/question-bank';
import { QuestionAdvice } from './QuestionAdvice';

interface Props {
  /** Whose prep: unsaved text is kept as a draft under this contact. */
  contactId: string;
  /** The saved prep (from the live query); shown anew only while the user has no edits. */
  value: InterviewPrep;
  /** The contact's notes: each line or bullet is treated as one research finding. */
  researchNotes: string;
  /**
   * Store the prep: called at once for a tick, an add or a remove, and when typing leaves the
   * sheet (blur), never per keystroke. Resolves to an error to show, or null when saved.
   */
  onSave: (prep: InterviewPrep) => Promise<string | null> | void;
}

/** Roughly what fits in 20 minutes with room for follow-up questions; advice, not a limit. */
const COMFORTABLE_QUESTION_COUNT = 10;

const GROUPS = questionsByGroup();

/** Prep before the meeting: pick questions from the bank, add your own, turn research into questions. */
export function PrepSheet({ contactId, value: saved, researchNotes, onSave }: Props) {
  const id = useId();
  const form = useDraftField<InterviewPrep>({ surface: 'interview-prep', scope: contactId, field: '' }, saved);
  const value = form.value;
  const [draft, setDraft] = useState('');
  const [researchStatus, setResearchStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = chosenQuestions(value);
  const picked = new Set(value.questionIds);

  const save = async (next: InterviewPrep) => {
    const failure = (await onSave(next)) ?? null;
    setError(failure);
    if (failure === null) form.markSaved(next);
  };
  /** A tick, an add, a remove: kept at once. */
  const onChange = (next: InterviewPrep) => {
    form.set(next);
    void save(next);
  };
  /** Typing: held here (and in the drafts store) until focus leaves the sheet. */
  const type = (change: (p: InterviewPrep) => InterviewPrep) => form.set(change);

  const toggle = (questionId: string, on: boolean) =>
    onChange({
      ...value,
      questionIds: on ? [...value.questionIds, questionId] : value.questionIds.filter((q) => q !== questionId),
    });

  const addCustom = () => {
    if (!draft.trim()) return;
    const next = addUnique(value.customQuestions, [draft]);
    if (next.length !== value.customQuestions.length) onChange({ ...value, customQuestions: next });
    setDraft('');
  };

  const turnResearchIntoQuestions = () => {
    const found = researchToQuestions(researchNotes);
    if (found.length === 0) {
      setResearchStatus('No research findings in the notes yet: write one finding per line, then try again.');
      return;
    }
    const next = addUnique(value.researchQuestions, found);
    const added = next.length - value.researchQuestions.length;
    setResearchStatus(
      added === 0
        ? 'Those findings are already on your sheet.'
        : `Added ${added} ${added === 1 ? 'question' : 'questions'} from your research notes.`,
    );
    if (added > 0) onChange({ ...value, researchQuestions: next });
  };

  const editAt = (list: 'customQuestions' | 'researchQuestions', index: number, text: string) =>
    type((p) => ({ ...p, [list]: p[list].map((t, i) => (i === index ? text : t)) }));
  const removeAt = (list: 'customQuestions' | 'researchQuestions', index: number) =>
    onChange({ ...value, [list]: value[list].filter((_, i) => i !== index) });

  return (
    <div
      className="prep-sheet"
      onBlur={() => {
        if (form.dirty) void save(form.value);
        else void form.flush();
      }}
    >
      {form.restored && <RestoredDraftNote onDiscard={form.discard} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-goals`}>What I hope to learn</label>
        <textarea
          id={`${id}-goals`}
          value={value.goals ?? ''}
          rows={2}
          onChange={(e) => {
            const goals = e.target.value;
            type((p) => ({ ...p, goals }));
          }}
        />
        <LimitCounter label="“What I hope to learn”" length={(value.goals ?? '').length} limit={INTERVIEW_LIMITS.goals} />
      </div>

      <section aria-labelledby={`${id}-bank`}>
        <h3 id={`${id}-bank`}>Question bank</h3>
        {GROUPS.map(({ group, label, questions }) => (
          <fieldset key={group} className="question-group">
            <legend>{label}</legend>
            {questions.map((q) => (
              <div key={q.id} className="checkbox-field">
                <label>
                  <input
                    type="checkbox"
                    checked={picked.has(q.id)}
                    onChange={(e) => toggle(q.id, e.target.checked)}
                  />{' '}
                  {q.text}
                </label>
                {q.hint && <p className="hint">{q.hint}</p>}
              </div>
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby={`${id}-research`}>
        <h3 id={`${id}-research`}>From your research</h3>
        <p className="hint">Findings become talking points: “I found that…, does that match what you see?”</p>
        <button type="button" className="secondary" onClick={turnResearchIntoQuestions}>
          Turn research notes into questions
        </button>
        <p role="status" className="status-line">
          {researchStatus}
        </p>
        {value.researchQuestions.length > 0 && (
          <ul className="question-edit-list">
            {value.researchQuestions.map((text, i) => (
              <li key={i}>
                <input
                  aria-label={`Research question ${i + 1}`}
                  value={text}
                  onChange={(e) => editAt('researchQuestions', i, e.target.value)}
                />
                <LimitCounter label="Each question" length={text.length} limit={INTERVIEW_LIMITS.question} />
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove research question ${i + 1}`}
                  onClick={() => removeAt('researchQuestions', i)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-own`}>
        <h3 id={`${id}-own`}>Your own questions</h3>
        {value.customQuestions.length > 0 && (
          <ul className="question-edit-list">
            {value.customQuestions.map((text, i) => (
              <li key={i}>
                <input
                  aria-label={`Your question ${i + 1}`}
                  value={text}
                  onChange={(e) => editAt('customQuestions', i, e.target.value)}
                />
                <LimitCounter label="Each question" length={text.length} limit={INTERVIEW_LIMITS.question} />
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove your question ${i + 1}`}
                  onClick={() => removeAt('customQuestions', i)}
                >
                  Remove
                </button>
                <QuestionAdvice text={text} />
              </li>
            ))}
          </ul>
        )}
        {/* Not a <form>: the sheet may sit inside the page's own form, and forms cannot nest. */}
        <div className="add-question">
          <div className="field">
            <label htmlFor={`${id}-draft`}>Add your own question</label>
            <input
              id={`${id}-draft`}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addCustom();
                }
              }}
            />
          </div>
          <button type="button" disabled={!draft.trim()} onClick={addCustom}>
            Add question
          </button>
          <QuestionAdvice text={draft} />
        </div>
      </section>

      <section aria-labelledby={`${id}-sheet`} className="print-sheet">
        <h3 id={`${id}-sheet`}>Your questions, in order</h3>
        {chosen.length === 0 ? (
          <p className="hint">Pick questions above or add your own; they are listed here in the order to ask them.</p>
        ) : (
          <ol>
            {chosen.map((q) => (
              <li key={q.key}>{q.text}</li>
            ))}
          </ol>
        )}
        {chosen.length > COMFORTABLE_QUESTION_COUNT && (
          <p className="hint">
            {`${chosen.length} questions is a lot for 20 minutes; expect to get through about ${COMFORTABLE_QUESTION_COUNT}.`}
          </p>
        )}
      </section>
    </div>
  );
}
