import { useId, useState } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '@/lib/contacts/stage';

interface Props {
  stage: Stage;
  onChange: (stage: Stage) => Promise<string | null>;
}

export function StageSelect({ stage, onChange }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field stage-select">
      <label htmlFor={`${id}-stage`}>Stage</label>
      <select
        id={`${id}-stage`}
        value={stage}
        onChange={(e) => void onChange(e.target.value as Stage).then(setError)}
      >
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
