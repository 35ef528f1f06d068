import { useId, useState, type FormEvent } from 'react';
import { LimitCounter } from '@/components/drafts/LimitCounter';
import { RestoredDraftNote } from '@/components/drafts/RestoredDraftNote';
import { useDraftField } from '@/components/drafts/use-draft-field';
import { TEXT_LIMITS } from '@/lib/capture/profile-limits';
import { CONTACT_LIMITS, type Contact } from '@/lib/contacts/contact';
import { overLimit } from '@/lib/limits/limit-text';
import type { ContactPatch } from '@/lib/workspace/workspace-actions';

type Field = 'fullName' | 'headline' | 'currentTitle' | 'currentCompany' | 'location' | 'email';

const FIELDS: ReadonlyArray<{ key: Field; label: string; multiline?: boolean; max: number; type?: string }> = [
  { key: 'fullName', label: 'Name', max: TEXT_LIMITS.fullName },
  { key: 'headline', label: 'Headline', multiline: true, max: TEXT_LIMITS.headline },
  { key: 'currentTitle', label: 'Current title', max: TEXT_LIMITS.currentTitle },
  { key: 'currentCompany', label: 'Current company', max: TEXT_LIMITS.currentCompany },
  { key: 'location', label: 'Location', max: TEXT_LIMITS.location },
  { key: 'email', label: 'Email', max: CONTACT_LIMITS.email, type: 'email' },
];

type Edits = Partial<Record<Field, string>>;
const NO_EDITS: Edits = {};

interface Props {
  contact: Contact;
  onSave: (patch: ContactPatch) => Promise<string | null>;
}

/**
 * Only edited fields are held here, so a change arriving from elsewhere (a fresh capture in
 * another tab) shows up in every field the user has not touched. The edits are kept as a draft.
 */
export function ContactDetailsForm({ contact, onSave }: Props) {
  const id = useId();
  const form = useDraftField<Edits>({ surface: 'contact-details', scope: contact.id, field: '' }, NO_EDITS);
  const draft = form.value;
  const setDraft = form.set;
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
    for (const { key, label, max } of FIELDS) {
      const tooLong = overLimit(label, max, patch[key] ?? '');
      if (tooLong) {
        setStatus({ kind: 'error', text: tooLong });
        return;
      }
    }
    setBusy(true);
    const error = await onSave(patch);
    setBusy(false);
    if (error) {
      setStatus({ kind: 'error', text: error });
      return;
    }
    form.discard();
    setStatus({ kind: 'ok', text: 'Saved.' });
  };

  return (
    <form className="card-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Details</h2>
      {form.restored && <RestoredDraftNote onDiscard={form.discard} />}
      {FIELDS.map(({ key, label, multiline, max, type }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          {multiline ? (
            <textarea
              id={`${id}-${key}`}
              rows={2}
              value={valueOf(key)}
              onChange={(e) => {
                const text = e.target.value;
                setDraft((d) => ({ ...d, [key]: text }));
              }}
              onBlur={() => void form.flush()}
            />
          ) : (
            <input
              id={`${id}-${key}`}
              type={type ?? 'text'}
              value={valueOf(key)}
              onChange={(e) => {
                const text = e.target.value;
                setDraft((d) => ({ ...d, [key]: text }));
              }}
              onBlur={() => void form.flush()}
            />
          )}
          <LimitCounter label={label} length={valueOf(key).length} limit={max} />
        </div>
      ))}
      <div className="form-actions">
        <button type="submit" disabled={!dirty || busy}>
          Save changes
        </button>
        {dirty && (
          <button type="button" className="secondary" onClick={form.discard}>
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
