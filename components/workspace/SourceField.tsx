import { useId, useState, type FormEvent } from 'react';

interface Props {
  source: string | undefined;
  /** Suggestions the user can start from; see sourceExamples(). */
  examples: readonly string[];
  onSave: (source: string) => Promise<string | null>;
}

/** "How you found them": the strongest opening line of an outreach message. */
export function SourceField({ source, examples, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const value = draft ?? source ?? '';
  const dirty = draft !== null && draft.trim() !== (source ?? '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const error = await onSave(value.trim());
    if (error) setStatus({ kind: 'error', text: error });
    else {
      setDraft(null);
      setStatus({ kind: 'ok', text: 'Saved.' });
    }
  };

  return (
    <form className="card-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Source</h2>
      <div className="field">
        <label htmlFor={`${id}-src`}>How you found them</label>
        <input id={`${id}-src`} maxLength={500} value={value} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${id}-hint`} />
      </div>
      <p id={`${id}-hint`} className="hint">
        Your opening line. Start from an example:
      </p>
      <ul className="chips">
        {examples.map((ex) => (
          <li key={ex}>
            <button type="button" className="chip" onClick={() => setDraft(ex)}>
              {ex}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="submit" disabled={!dirty}>
          Save source
        </button>
        {status && (
          <span className={status.kind === 'error' ? 'status error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
