import { useId, useState, type FormEvent } from 'react';
import type { Contact } from '@/lib/contacts/contact';
import type { ContactPatch } from '@/lib/workspace/actions';

type Field = 'fullName' | 'headline' | 'currentTitle' | 'currentCompany' | 'location' | 'email';

const FIELDS: ReadonlyArray<{ key: Field; label: string; multiline?: boolean; max: number; type?: string }> = [
  { key: 'fullName', label: 'Name', max: 300 },
  { key: 'headline', label: 'Headline', multiline: true, max: 2000 },
  { key: 'currentTitle', label: 'Current title', max: 500 },
  { key: 'currentCompany', label: 'Current company', max: 500 },
  { key: 'location', label: 'Location', max: 300 },
  { key: 'email', label: 'Email', max: 320, type: 'email' },
];

interface Props {
  contact: Contact;
  onSave: (patch: ContactPatch) => Promise<string | null>;
}

/**
 * Only edited fields are held here, so a change arriving from elsewhere (a fresh capture in
 * another tab) shows up in every field the user has not touched.
 */
export function ContactDetailsForm({ contact, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const valueOf = (key: Field) => draft[key] ?? contact[key] ?? '';

  const patch: ContactPatch = {};
  for (const { key } of FIELDS) {
    const edited = draft[key];
    // An emptied field is sent as '' (not undefined, which messaging would drop).
    if (edited !== undefined && edited.trim() !== (contact[key] ?? '')) patch[key] = edited.trim();
  }
  const dirty = Object.keys(patch).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (patch.fullName === '') {
      setStatus({ kind: 'error', text: 'Name cannot be empty.' });
      return;
    }
    setBusy(true);
    const error = await onSave(patch);
    setBusy(false);
    if (error) {
      setStatus({ kind: 'error', text: error });
      return;
    }
    setDraft({});
    setStatus({ kind: 'ok', text: 'Saved.' });
  };

  return (
    <form className="card-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Details</h2>
      {FIELDS.map(({ key, label, multiline, max, type }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          {multiline ? (
            <textarea
              id={`${id}-${key}`}
              rows={2}
              maxLength={max}
              value={valueOf(key)}
              onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
            />
          ) : (
            <input
              id={`${id}-${key}`}
              type={type ?? 'text'}
              maxLength={max}
              value={valueOf(key)}
              onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
            />
          )}
        </div>
      ))}
      <div className="form-actions">
        <button type="submit" disabled={!dirty || busy}>
          Save changes
        </button>
        {dirty && (
          <button type="button" className="secondary" onClick={() => setDraft({})}>
            Discard
          </button>
        )}
        {status && (
          <span className={status.kind === 'error' ? 'status error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
