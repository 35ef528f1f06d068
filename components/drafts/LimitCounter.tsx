import { tooLongText } from '@/lib/limits/limit-text';
import './drafts.css';

interface Props {
  /** Ties the counter to its field (aria-describedby). */
  id?: string;
  /** What the field is called in the refusal: "Notes". */
  label: string;
  length: number;
  limit: number;
  /** Shown from the first character; otherwise only once 80% of the limit is used. */
  always?: boolean;
}

const n = (value: number) => value.toLocaleString('en-US');

/** "1,204 / 100,000 characters", and over the limit, the refusal Save would give, in words. */
export function LimitCounter({ id, label, length, limit, always = false }: Props) {
  const over = length > limit;
  if (!always && !over && length < limit * 0.8) return null;
  return (
    <p id={id} className={over ? 'limit-counter limit-counter-over' : 'limit-counter'} data-testid="limit-counter">
      {over ? tooLongText(label, limit, length) : `${n(length)} / ${n(limit)} characters`}
    </p>
  );
}
