import { useId, useState, type FormEvent } from 'react';
import type { NewContactInput } from '@/lib/workspace/workspace-actions';

interface Props {
  onAdd: (input: NewContactInput) => Promise<{ id: string } | { error: string }>;
  onAdded?: (id: string) => void;
}

/** Add someone by name, e.g. a person an interviewee suggested, before you have their profile. */
export function AddContactForm({ onAdd, onAdded }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Add a person
      </button>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fullName = name.trim();
    if (!fullName) {
      setError('Enter their name.');
      return;
    }
    setBusy(true);
    const result = await onAdd({ fullName, source: source.trim() || undefined });
    setBusy(false);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setName('');
    setSource('');
    setError(null);
    setOpen(false);
    onAdded?.(result.id);
  };

  return (
    <form className="add-contact" onSubmit={(e) => void submit(e)} aria-label="Add a person">
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>How you found them</label>
        <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} placeholder="X suggested I contact you" />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Add
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
