import { useId, useState, type FormEvent } from 'react';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { CONTACT_LIMITS } from '@/lib/contacts/contact';
import { overLimit } from '@/lib/limits/limit-text';

interface Props {
  contactId: string;
  notes: string;
  onSave: (notes: string) => Promise<string | null>;
}

/** Notes and research findings; findings become talking points in the prep sheet. */
export function NotesEditor({ contactId, notes, onSave }: Props) {
  const id = useId();
  const field = useDraftField({ surface: 'contact-notes', scope: contactId, field: '' }, notes);
  const [status, setStatus] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);

  const save = async () => {
    const value = field.value;
    const tooLong = overLimit('Notes', CONTACT_LIMITS.notes, value);
    if (tooLong) {
      setStatus({ kind: 'error', text: tooLong });
      return;
    }
    const error = await onSave(value);
    if (error) setStatus({ kind: 'error', text: error });
    else {
      field.markSaved(value);
      setStatus({ kind: 'ok', text: 'Saved.' });
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  return (
    <form className="card-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Notes and research</h2>
      <label htmlFor={`${id}-notes`}>Notes and research findings</label>
      <p id={`${id}-hint`} className="hint">
        What you learned about them and their organisation. Findings become talking points: “I found that…, does that match
        what you see?”
      </p>
      {field.restored && <RestoredDraftNote onDiscard={field.discard} />}
      {/* No maxLength: the browser would cut a long paste silently; the counter says it instead. */}
      <textarea
        id={`${id}-notes`}
        rows={8}
        value={field.value}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => {
          setStatus(null);
          field.set(e.target.value);
        }}
        onBlur={() => void field.flush()}
      />
      <LimitCounter id={`${id}-count`} label="Notes" length={field.value.length} limit={CONTACT_LIMITS.notes} always />
      <div className="form-actions">
        <button type="submit" disabled={!field.dirty}>
          Save notes
        </button>
        {field.dirty && <span className="status">Unsaved changes are kept as a draft.</span>}
        {status && (
          <span className={status.kind === 'error' ? 'status error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
