import { useState } from 'react';
import type { CaptureOutcome } from '@/lib/messaging/protocol';

interface Props {
  onSave: () => Promise<CaptureOutcome>;
}

/** The same capture as the in-page button, for users who prefer nothing added to LinkedIn. */
export function SaveCurrentProfile({ onSave }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CaptureOutcome>();
  const save = async () => {
    setBusy(true);
    setOutcome(await onSave());
    setBusy(false);
  };
  return (
    <div>
      <button type="button" onClick={() => void save()} disabled={busy}>
        {busy ? 'Saving…' : 'Save this profile'}
      </button>
      <div role="status" className={outcome && !outcome.ok ? 'status-line error' : 'status-line'}>
        {outcome && (outcome.ok ? (outcome.status === 'created' ? 'Saved ✓' : 'Updated ✓') : outcome.error)}
      </div>
      {outcome?.ok && outcome.warnings.length > 0 && (
        <ul className="warnings">
          {outcome.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
