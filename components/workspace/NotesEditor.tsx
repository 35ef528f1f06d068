import { useId, useState, type FormEvent } from 'react';

interface Props {
  notes: string;
  onSave: (notes: string) => Promise<string | null>;
}

/** Notes and research findings; findings become talking points in the prep sheet. */
export function NotesEditor({ notes, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const value = draft ?? notes;
  const dirty = draft !== null && draft !== notes;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const error = await onSave(value);
    if (error) setStatus({ kind: 'error', text: error });
    else {
      setDraft(null);
      setStatus({ kind: 'ok', text: 'Saved.' });
    }
  };

  return (
    <form className="card-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Notes and research</h2>
      <label htmlFor={`${id}-notes`}>Notes and research findings</label>
      <p id={`${id}-hint`} className="hint">
        What you learned about them and their organisation. Findings become talking points: “I found that…, does that match
        what you see?”
      </p>
      <textarea
        id={`${id}-notes`}
        rows={8}
        maxLength={100_000}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={!dirty}>
          Save notes
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
