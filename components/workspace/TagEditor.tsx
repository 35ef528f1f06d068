import { useId, useState, type FormEvent } from 'react';
import { addTag } from '@/lib/workspace/tags';

interface Props {
  tags: readonly string[];
  onChange: (next: string[]) => Promise<string | null>;
}

export function TagEditor({ tags, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (next: string[]) => {
    const err = await onChange(next);
    setError(err);
    return err;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = addTag(tags, text);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    if (!(await save(result.tags))) setText('');
  };

  return (
    <section className="card-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Tags</h2>
      {tags.length > 0 ? (
        <ul className="chips">
          {tags.map((t) => (
            <li key={t} className="tag">
              {t}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${t}`} onClick={() => void save(tags.filter((x) => x !== t))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No tags yet. Tags like “design”, “alumni” or “fintech” help you filter the list.</p>
      )}
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-add`}>Add a tag</label>
        <input id={`${id}-add`} value={text} maxLength={60} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="secondary" disabled={!text.trim()}>
          Add
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
