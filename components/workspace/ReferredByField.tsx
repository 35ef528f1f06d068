import { useId, useState } from 'react';
import type { ContactOption } from '@/lib/workspace/queries';
import { contactHref } from '@/lib/workspace/routes';
import { ContactPicker } from './ContactPicker';

interface Props {
  referredById: string | undefined;
  /** The referrer, when they are still saved. */
  referrer: ContactOption | undefined;
  /** People this contact referred you to. */
  referees: readonly ContactOption[];
  find: (query: string) => Promise<ContactOption[]>;
  /** '' clears the referrer. */
  onChange: (referredById: string) => Promise<string | null>;
}

export function ReferredByField({ referredById, referrer, referees, find, onChange }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const change = async (next: string) => setError(await onChange(next));

  return (
    <section className="card-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Referred by</h2>
      {referrer ? (
        <p className="referrer">
          <a href={contactHref(referrer.id)}>{referrer.fullName}</a>
          {referrer.detail && <span className="hint"> · {referrer.detail}</span>}{' '}
          <button type="button" className="link-button" onClick={() => void change('')}>
            Remove
          </button>
        </p>
      ) : referredById ? (
        <p className="hint">
          Referred by someone no longer saved.{' '}
          <button type="button" className="link-button" onClick={() => void change('')}>
            Clear
          </button>
        </p>
      ) : (
        <p className="hint">Did someone suggest you talk to them? Mention that person in your outreach.</p>
      )}
      <ContactPicker label={referrer ? 'Change who referred them' : 'Who referred them'} find={find} onPick={(o) => void change(o.id)} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {referees.length > 0 && (
        <>
          <h3>They referred you to</h3>
          <ul className="plain-list">
            {referees.map((r) => (
              <li key={r.id}>
                <a href={contactHref(r.id)}>{r.fullName}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
